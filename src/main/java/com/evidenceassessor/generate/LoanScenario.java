package com.evidenceassessor.generate;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.Defences;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.facts.Relationship;

/**
 * 民间借贷: money lent by WeChat transfer, asked back in chat, sometimes acknowledged by
 * voice or backed by a photographed IOU.
 */
final class LoanScenario implements Scenario {

	@Override
	public String slug() {
		return "loan";
	}

	@Override
	public void fill(CaseDraft c) {
		Dice dice = c.dice;
		BigDecimal amount = dice.yuan(2000, 300000, 500);
		c.cause = CauseOfAction.PRIVATE_LENDING;
		c.relationship = dice.pick(Relationship.FRIENDS, Relationship.FRIENDS, Relationship.FAMILY,
				Relationship.ROMANTIC, Relationship.BUSINESS);
		c.title = c.plaintiff + "诉" + c.defendant + "民间借贷纠纷";
		c.fact("loanAgreed", "双方约定原告出借" + amount.toPlainString() + "元");
		c.fact("moneyDelivered", "原告已通过微信转账交付借款" + amount.toPlainString() + "元");
		c.fact("repaymentDemanded", "原告多次催要借款，被告未归还");
		LocalDateTime lent = c.before(200, 900);
		if (dice.chance(0.8)) {
			c.chat("借款前双方微信聊天记录", lent.minusHours(dice.between(1, 48)), c.defendant + "：最近手头紧，能不能先借我" + amount + "？",
					c.plaintiff + "：可以，你什么时候能还？", c.defendant + "：最多半年，到时候一次还你")
				.proves("loanAgreed");
		}
		// the opponent's defences, drawn first: a transfer note that cuts against the
		// claim (还款, 生活费) is written only where the case carries the defence it invites
		c.defences = dice.chance(0.4) ? defences(dice) : null;
		boolean split = amount.compareTo(CaseDraft.MAX_TRANSFER) > 0;
		String note = dice.pick("借款", split ? "借款" : "借款" + amount.toPlainString(), "借你的", "周转", null);
		if (c.defences != null && Boolean.TRUE.equals(c.defences.repaymentOfOtherDebt()) && dice.chance(0.5)) {
			note = "还款";
		}
		else if (c.defences != null && Boolean.TRUE.equals(c.defences.gift()) && dice.chance(0.3)) {
			note = "生活费";
		}
		// a transfer proves that the money was delivered, not that a loan was agreed
		List<ItemDraft> transfers = c.transfers(amount, lent, note, true);
		transfers.forEach(t -> t.proves("moneyDelivered"));
		if (admitsReceipt(c.defences)) {
			transfers.forEach(ItemDraft::receiptAdmitted);
		}
		c.outside(transfers.get(0), OutsideEvidenceKind.BANK_RECORD, "银行流水显示同日同额转出", 0.2);
		if (dice.chance(0.35)) {
			// written the day after the money was sent ("今借到"), the IOU acknowledges
			// receiving it as well as the loan
			ItemDraft iou = c.iouPhoto(lent.plusDays(1)).proves("loanAgreed", "moneyDelivered");
			c.outside(iou, OutsideEvidenceKind.IOU, "借条原件", 0.5);
		}
		// the borrower answering for "the N yuan I lent you" acknowledges the loan of
		// that sum, so each answer speaks to the agreement too, and promising to pay it
		// back acknowledges the debt
		c.fact("debtAcknowledged", "被告承认借款尚未归还");
		LocalDateTime asked = c.before(20, 180);
		c.chat("原告催款的微信聊天记录", asked, c.plaintiff + "：上次借你的" + amount + "元什么时候还？", c.defendant + "：再等等，下个月一定还")
			.proves("repaymentDemanded", "debtAcknowledged", "loanAgreed");
		if (dice.chance(0.5)) {
			c.voice("被告语音承认欠款", asked.plusMinutes(dice.between(2, 600)), "借你的" + amount + "我记着呢，年底前肯定还你")
				.proves("debtAcknowledged", "loanAgreed");
		}
		if (dice.chance(0.25)) {
			ItemDraft bill = c.item(ItemKind.BILL, "原告微信支付账单（用于个人对账）", c.before(10, 60)).proves("moneyDelivered");
			// the bill lists the transfers: a defence that admits receiving them does not
			// dispute it
			if (admitsReceipt(c.defences)) {
				bill.receiptAdmitted();
			}
		}
	}

	/**
	 * The defence pleaded admits the money was received: it says what the money was
	 * (another debt repaid, a gift, money from another relationship), not that it never
	 * came.
	 */
	private static boolean admitsReceipt(Defences defences) {
		return defences != null && (Boolean.TRUE.equals(defences.repaymentOfOtherDebt())
				|| Boolean.TRUE.equals(defences.gift()) || Boolean.TRUE.equals(defences.nonLoanRelationship()));
	}

	/**
	 * The defences pleaded, drawn in order; whether their evidence is filed is said only
	 * where one is pleaded. The repayment of another debt, a gift and a payment under
	 * another relationship (a sale, a partnership, wages) are three accounts of the same
	 * transfer, so an opponent pleads at most one of them: a later one drawn after an
	 * earlier is pleaded is not.
	 */
	static Defences defences(Dice dice) {
		Boolean repayment = dice.maybe(0.4, 0.3);
		Boolean gift = unlessPleaded(dice.maybe(0.3, 0.3), repayment);
		Boolean otherRelationship = unlessPleaded(dice.maybe(0.2, 0.4), repayment, gift);
		Boolean evidence = dice.maybe(0.3, 0.4);
		boolean pleaded = Boolean.TRUE.equals(repayment) || Boolean.TRUE.equals(gift)
				|| Boolean.TRUE.equals(otherRelationship);
		return new Defences(repayment, gift, otherRelationship, pleaded ? evidence : null);
	}

	/** A defence drawn as pleaded, pleaded only if none of the earlier ones is. */
	private static Boolean unlessPleaded(Boolean drawn, Boolean... earlier) {
		boolean anyPleaded = Arrays.stream(earlier).anyMatch(Boolean.TRUE::equals);
		return (anyPleaded && Boolean.TRUE.equals(drawn)) ? Boolean.FALSE : drawn;
	}

}
