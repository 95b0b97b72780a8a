package com.evidenceassessor.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.PaymentStatus;
import com.evidenceassessor.facts.Relationship;

/**
 * 彩礼返还: a large transfer marked 彩礼 (two above the transfer limit), presents on 5.20, 七夕,
 * Valentine's Day and birthdays claimed with it, and the chats around the engagement.
 */
final class BetrothalScenario implements Scenario {

	@Override
	public String slug() {
		return "bride-price";
	}

	/** The man, whose side paid the bride price, sues for its return. */
	@Override
	public String plaintiff(Dice dice) {
		return FakePeople.man(dice);
	}

	/** The woman who received it is sued. */
	@Override
	public String defendant(Dice dice) {
		return FakePeople.woman(dice);
	}

	@Override
	public void fill(CaseDraft c) {
		Dice dice = c.dice;
		c.cause = CauseOfAction.BETROTHAL_GIFTS;
		c.relationship = Relationship.ROMANTIC;
		c.title = c.plaintiff + "诉" + c.defendant + "婚约财产纠纷（返还彩礼）";
		BigDecimal dowry = dice.yuan(30000, 300000, 1000);
		c.fact("betrothalGiftPaid", "paymentMade", "原告向被告给付彩礼" + dowry.toPlainString() + "元");
		c.fact("giftForMarriage", "marriagePurpose", "该款系双方按当地习俗商定、以缔结婚姻为目的给付的彩礼");
		c.fact("marriageNotRegistered", "returnGround", "双方未办理结婚登记，被告表示不再结婚");
		LocalDateTime engaged = c.before(150, 900);
		c.chat("双方商量彩礼的聊天记录", engaged.minusDays(dice.between(3, 30)), c.defendant + "：我家那边说彩礼要" + dowry + "，图个吉利",
				c.plaintiff + "：没问题，订婚前转给你")
			.proves("giftForMarriage");
		String note = dice.pick("彩礼", "彩礼钱", "订婚", null);
		boolean saysWhy = note != null;
		for (ItemDraft transfer : c.transfers(dowry, engaged, note, true)) {
			transfer.proves("betrothalGiftPaid");
			if (saysWhy) {
				// a note naming the bride price or engagement speaks to the purpose
				transfer.proves("giftForMarriage");
			}
		}
		festivalGifts(c, engaged);
		// the engagement ended: said in a voice message, or typed
		if (dice.chance(0.4)) {
			c.voice("被告语音表示分手", c.before(20, 120), "我们不合适，婚就不结了").proves("marriageNotRegistered");
		}
		else {
			c.chat("被告表示不再结婚的聊天记录", c.before(20, 120), c.defendant + "：我们还是算了吧，婚不结了", c.plaintiff + "：那彩礼怎么办？")
				.proves("marriageNotRegistered");
		}
		if (dice.chance(0.3)) {
			c.image("订婚宴照片", banquet(dice, engaged), false).event().proves("giftForMarriage");
		}
	}

	/**
	 * When the engagement banquet was photographed: some days after the bride price was
	 * paid (it is paid before the engagement, as the couple agreed), at lunch or dinner,
	 * before the engagement ended (months before the hearing, see fill).
	 */
	private static LocalDateTime banquet(Dice dice, LocalDateTime paid) {
		int hour = dice.chance(0.5) ? dice.between(11, 13) : dice.between(17, 20);
		return paid.toLocalDate().plusDays(dice.between(1, 20)).atTime(hour, dice.between(0, 59), dice.between(0, 59));
	}

	/**
	 * Presents on lovers' days and the defendant's birthday before the engagement: no
	 * bride price (彩礼规定第三条), so offered for a fact of their own, outside the chain. A red
	 * packet holds at most 200 yuan, 520 on 5.20 and 七夕; larger or symbolic sums (1314)
	 * go by transfer.
	 */
	private static void festivalGifts(CaseDraft c, LocalDateTime engaged) {
		Dice dice = c.dice;
		int count = dice.between(0, 4);
		MonthDay birthday = MonthDay.of(dice.between(1, 12), dice.between(1, 28));
		Set<LocalDate> days = new HashSet<>();
		List<ItemDraft> gifts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String occasion = dice.pick("520", "七夕", "情人节", "生日");
			LocalDate day = SpecialDays.onOrBefore(occasion, birthday,
					engaged.toLocalDate().minusDays(dice.between(10, 400)));
			LocalDateTime time = day.atTime(dice.between(8, 23), dice.between(0, 59), dice.between(0, 59));
			if (!days.add(day)) {
				continue;
			}
			boolean byTransfer = dice.chance(0.25);
			gifts.add(switch (occasion) {
				case "520" -> byTransfer ? c.transfer(BigDecimal.valueOf(1314), time, "一生一世", true, true)
						: c.redPacket(BigDecimal.valueOf(dice.pick(520, 520, 200, 188)), time, "520快乐", true);
				case "七夕" -> byTransfer ? c.transfer(BigDecimal.valueOf(1314), time, "七夕快乐", true, true)
						: c.redPacket(BigDecimal.valueOf(dice.pick(520, 200, 188)), time, "七夕节快乐", true);
				case "情人节" ->
					byTransfer ? c.transfer(BigDecimal.valueOf(dice.pick(520, 1314)), time, "情人节快乐", true, true)
							: c.redPacket(BigDecimal.valueOf(dice.pick(200, 188, 199)), time, "情人节快乐", false);
				default ->
					byTransfer ? c.transfer(BigDecimal.valueOf(dice.pick(666, 888, 2000)), time, "生日快乐", true, true)
							: c.redPacket(BigDecimal.valueOf(dice.pick(200, 188, 168)), time, "生日快乐", false);
			});
		}
		if (gifts.isEmpty()) {
			return;
		}
		// a packet never opened or sent back is not the only evidence of the presents
		if (gifts.stream().noneMatch(g -> g.payment.status() == PaymentStatus.RECEIVED)) {
			gifts.get(0).received();
		}
		BigDecimal total = BigDecimal.ZERO;
		int received = 0;
		for (ItemDraft gift : gifts) {
			if (gift.payment.status() == PaymentStatus.RECEIVED) {
				total = total.add(gift.payment.amount());
				received++;
			}
			gift.proves("festivalGifts");
		}
		// the description counts every payment offered, and claims only what the opponent
		// kept
		int returned = gifts.size() - received;
		String sent = "恋爱期间原告在节日、生日另向被告发送红包、转账" + gifts.size() + "笔";
		String kept = (returned == 0) ? "，合计" : "，其中" + returned + "笔未被领取或已退回，已领取的" + received + "笔合计";
		String claim = (returned == 0) ? "元，原告主张一并返还" : "元，原告主张返还已领取部分";
		c.fact("festivalGifts", null, sent + kept + total.toPlainString() + claim);
	}

}
