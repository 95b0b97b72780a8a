package com.evidenceassessor.generate;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.Relationship;

/**
 * 彩礼返还: a large transfer marked 彩礼 and festival red packets of 520 or 1314 yuan, with the
 * chats around the engagement; whether each is a betrothal gift or an ordinary present is
 * what the court decides.
 */
final class BetrothalScenario implements Scenario {

	@Override
	public String slug() {
		return "bride-price";
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
		c.transfer(dowry, engaged, dice.pick("彩礼", "彩礼钱", "订婚", null), true)
			.proves("betrothalGiftPaid", "giftForMarriage");
		int packets = dice.between(0, 4);
		for (int i = 0; i < packets; i++) {
			String greeting = dice.pick("520快乐", "情人节快乐", "七夕节快乐", "一生一世", "生日快乐");
			BigDecimal amount = BigDecimal.valueOf(dice.pick(520, 1314, 200, 188, 520));
			c.redPacket(amount, engaged.minusDays(dice.between(10, 400)), greeting).proves("betrothalGiftPaid");
		}
		// the engagement ended: said in a voice message, or typed
		if (dice.chance(0.4)) {
			c.voice("被告语音表示分手", c.before(20, 120), "我们不合适，婚就不结了").proves("marriageNotRegistered");
		}
		else {
			c.chat("被告表示不再结婚的聊天记录", c.before(20, 120), c.defendant + "：我们还是算了吧，婚不结了", c.plaintiff + "：那彩礼怎么办？")
				.proves("marriageNotRegistered");
		}
		if (dice.chance(0.3)) {
			c.image("订婚宴照片", engaged, false).proves("giftForMarriage");
		}
	}

}
