package com.evidenceassessor.generate;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.facts.Relationship;

/**
 * 买卖合同: goods ordered in a WeChat chat, a contract sent as a file, delivery shown by
 * photos or video, part of the price paid by transfer.
 */
final class SaleScenario implements Scenario {

	@Override
	public String slug() {
		return "sale";
	}

	@Override
	public void fill(CaseDraft c) {
		Dice dice = c.dice;
		String goods = dice.pick("瓷砖", "服装", "茶叶", "电子元器件", "办公家具", "建材钢管", "海鲜干货", "空调设备");
		int quantity = dice.between(5, 800);
		BigDecimal price = dice.yuan(3000, 500000, 100);
		BigDecimal paid = price.multiply(BigDecimal.valueOf(dice.between(0, 6))).divide(BigDecimal.TEN);
		c.cause = CauseOfAction.SALE;
		c.claimant = "seller";
		c.relationship = Relationship.BUSINESS;
		c.title = c.plaintiff + "诉" + c.defendant + "买卖合同纠纷";
		c.fact("contractFormed", "saleAgreed", "双方通过微信订购" + goods + quantity + "件，总价" + price.toPlainString() + "元");
		c.fact("goodsDelivered", "原告已按约交付货物");
		c.fact("priceUnpaid", null, "被告尚欠货款");
		LocalDateTime ordered = c.before(120, 700);
		c.chat("微信下单聊天记录", ordered, c.defendant + "：" + goods + "再要" + quantity + "件，老价格",
				c.plaintiff + "：好的，总共" + price + "元，下周发货")
			.proves("contractFormed");
		if (dice.chance(0.5)) {
			ItemDraft contract = c.linkOrFile(ItemKind.FILE, "微信发送的《购销合同》文件", ordered.plusDays(1))
				.proves("contractFormed");
			c.outside(contract, OutsideEvidenceKind.CONTRACT, "双方签字盖章的合同原件", 0.4);
		}
		LocalDateTime delivered = ordered.plusDays(dice.between(3, 20));
		if (dice.chance(0.5)) {
			c.image("发货照片及物流单截图", delivered, false).proves("goodsDelivered");
		}
		else {
			c.video("卸货现场视频", delivered);
			c.items.get(c.items.size() - 1).proves("goodsDelivered");
		}
		if (dice.chance(0.4)) {
			c.linkOrFile(ItemKind.LINK, "物流查询链接", delivered.plusDays(1)).proves("goodsDelivered");
		}
		if (paid.signum() > 0) {
			// a part payment shows what is still owed, not that the contract was made
			c.transfer(paid.setScale(0, java.math.RoundingMode.DOWN).min(CaseDraft.MAX_TRANSFER),
					delivered.plusDays(dice.between(1, 30)), "货款", false, false)
				.proves("priceUnpaid");
		}
		c.chat("催收货款聊天记录", c.before(10, 100), c.plaintiff + "：货款还差多少你心里有数，这个月结一下", c.defendant + "：货有问题，等我核对完再说")
			.proves("priceUnpaid");
	}

}
