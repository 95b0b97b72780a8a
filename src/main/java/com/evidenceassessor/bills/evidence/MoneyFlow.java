package com.evidenceassessor.bills.evidence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The money that moved between the bill holder (the client) and one other party, over all
 * the case's bills: rows naming the party (their name, or the name the bill uses on rows
 * matched to the party's transfers), refunds and returned payments left out, a payment
 * listed by several bills counted once.
 *
 * @param partyId the party
 * @param partyName the party's name
 * @param names the names the bills use for the party
 * @param paid what the holder paid the party
 * @param received what the holder received from the party
 * @param net {@code paid - received}: positive when the holder paid more than came back
 * @param repaid the part of {@code received} whose payer's note calls it a repayment (还款,
 * 先还…): the other party acknowledging a debt to the holder
 * @param rows the rows counted
 * @param first the earliest row
 * @param last the latest row
 */
public record MoneyFlow(String partyId, String partyName, List<String> names, BigDecimal paid, BigDecimal received,
		BigDecimal net, BigDecimal repaid, int rows, LocalDateTime first, LocalDateTime last) {

	public MoneyFlow {
		names = List.copyOf(names);
	}

	/**
	 * The other party paid the holder money with a note saying it repays a debt (partial
	 * repayment acknowledges the debt).
	 */
	public boolean repaidWithNote() {
		return this.repaid.signum() > 0;
	}

	/** Money moved both ways (relevant to a repayment defence, 民间借贷规定 Art. 16). */
	public boolean bothWays() {
		return this.paid.signum() > 0 && this.received.signum() > 0;
	}

}
