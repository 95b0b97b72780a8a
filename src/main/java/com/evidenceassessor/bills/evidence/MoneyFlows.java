package com.evidenceassessor.bills.evidence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.evidenceassessor.bills.BillTransaction;
import com.evidenceassessor.bills.Direction;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.Party;

/**
 * Adds up, for each party other than the client, the bill rows that name them: their
 * name, or a name the bills use on rows matched to their transfers. Refund rows and
 * payments the bill shows as returned are left out.
 */
final class MoneyFlows {

	/** A payer's note that calls the payment a repayment: 还款, 先还两千, 归还, 还你的钱… */
	private static final Pattern REPAYMENT = Pattern.compile("还款|归还|偿还|先还|还你|还钱|还借|还欠|还清");

	private MoneyFlows() {
	}

	static List<MoneyFlow> of(LegalCase legalCase, List<CaseBill> bills, List<BillRowMatch> matches) {
		List<MoneyFlow> flows = new ArrayList<>();
		for (Party party : legalCase.parties()) {
			if (Boolean.TRUE.equals(party.client())) {
				continue;
			}
			MoneyFlow flow = flow(party, names(legalCase, party, matches), bills);
			if (flow != null) {
				flows.add(flow);
			}
		}
		return flows;
	}

	private static Set<String> names(LegalCase legalCase, Party party, List<BillRowMatch> matches) {
		Set<String> names = new LinkedHashSet<>();
		if (party.name() != null) {
			names.add(party.name());
		}
		names.addAll(party.wechatIds());
		for (BillRowMatch match : matches) {
			EvidenceItem item = legalCase.items()
				.stream()
				.filter(i -> i.id().equals(match.itemId()))
				.findFirst()
				.orElse(null);
			if (item != null && party.id().equals(item.counterparty())) {
				names.addAll(CounterpartyNames.of(match.counterparty()));
			}
		}
		return names;
	}

	/**
	 * One payment appears once however many bills list it (the CSV export and the proof
	 * PDF of the same period): by its transaction id, else by time, direction and amount.
	 */
	private static String key(BillTransaction row) {
		return row.transactionId() != null ? row.transactionId()
				: row.time() + "|" + row.direction() + "|" + row.amount().toPlainString();
	}

	private static MoneyFlow flow(Party party, Set<String> names, List<CaseBill> bills) {
		BigDecimal paid = BigDecimal.ZERO.setScale(2);
		BigDecimal received = BigDecimal.ZERO.setScale(2);
		int rows = 0;
		LocalDateTime first = null;
		LocalDateTime last = null;
		Set<String> seen = new HashSet<>();
		Map<String, BigDecimal> receivedByKey = new HashMap<>();
		Set<String> notedAsRepayment = new HashSet<>();
		for (CaseBill bill : bills) {
			for (BillTransaction row : bill.statement().transactions()) {
				if (row.direction() == Direction.NEUTRAL || row.isRefund()
						|| Collections.disjoint(CounterpartyNames.of(row.counterparty()), names)
						|| BillMatcher.refunded(row, bill.statement())) {
					continue;
				}
				String key = key(row);
				if (row.direction() == Direction.INCOME && row.note() != null && REPAYMENT.matcher(row.note()).find()) {
					// the proof PDF lists the payment without the note its CSV export
					// carries
					notedAsRepayment.add(key);
				}
				if (!seen.add(key)) {
					continue;
				}
				if (row.direction() == Direction.EXPENSE) {
					paid = paid.add(row.amount());
				}
				else {
					received = received.add(row.amount());
					receivedByKey.put(key, row.amount());
				}
				rows++;
				first = (first == null || row.time().isBefore(first)) ? row.time() : first;
				last = (last == null || row.time().isAfter(last)) ? row.time() : last;
			}
		}
		if (rows == 0) {
			return null;
		}
		BigDecimal repaid = notedAsRepayment.stream()
			.map(receivedByKey::get)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		return new MoneyFlow(party.id(), party.name(), List.copyOf(names), paid, received, paid.subtract(received),
				repaid, rows, first, last);
	}

}
