package com.evidenceassessor.facts;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A transfer or red packet (民间借贷规定 Arts. 9, 16; 彩礼规定 Art. 3; practice checklist (5)).
 *
 * @param amount the amount in yuan
 * @param time when it was paid (UTC+8)
 * @param note the note (转账备注) or red-packet greeting
 * @param status received, pending, or refunded
 * @param outgoing paid by the submitter to the counterparty (false: received from them)
 * @param payeeRealNameShown the payee's real name is shown (e-voucher)
 * @param screenshotOnly only a screenshot of the payment is held, not the record in the
 * app or a bill
 * @param eVoucher a transfer e-voucher (转账电子凭证) was obtained
 * @param specialDate paid on a festival, birthday or similar date, or with a symbolic
 * amount such as 520 or 1314
 */
public record PaymentDetails(BigDecimal amount, LocalDateTime time, String note, PaymentStatus status, Boolean outgoing,
		Boolean payeeRealNameShown, Boolean screenshotOnly, Boolean eVoucher, Boolean specialDate) {

	static final PaymentDetails UNKNOWN = new PaymentDetails(null, null, null, null, null, null, null, null, null);

	/** Words in a note that give the money another purpose than a loan. */
	private static final List<String> NOT_A_LOAN = List.of("还款", "还钱", "归还", "还债", "生活费", "礼");

	/** Words in a note that call the money a betrothal gift. */
	private static final List<String> BETROTHAL = List.of("彩礼", "聘礼", "订婚", "定亲");

	/**
	 * The note says the money is a loan (借, 借款, 借钱) or tides the payee over (周转, as in
	 * 资金周转). A unilateral note, not proof of agreement.
	 */
	public boolean noteSaysLoan() {
		return this.note != null && (this.note.contains("借") || this.note.contains("周转")) && !this.note.contains("还");
	}

	/**
	 * The note calls the money a betrothal gift: 彩礼, 聘礼, 订婚 or 定亲.
	 */
	public boolean noteSaysBetrothalGift() {
		return this.note != null && BETROTHAL.stream().anyMatch(this.note::contains);
	}

	/**
	 * The note gives the money another purpose than a loan, and does not call it one: a
	 * repayment (还款, 还钱, 归还, 还债), living expenses (生活费) or a gift (礼).
	 */
	public boolean noteSaysNotALoan() {
		return this.note != null && !this.note.contains("借") && NOT_A_LOAN.stream().anyMatch(this.note::contains);
	}

	/**
	 * The submitter paid the money and its own note gives it another purpose than a loan:
	 * in the client's words, what a borrower's defence says (民间借贷规定第十六条).
	 */
	public boolean ownNoteSaysNotALoan() {
		return Boolean.TRUE.equals(this.outgoing) && noteSaysNotALoan();
	}

}
