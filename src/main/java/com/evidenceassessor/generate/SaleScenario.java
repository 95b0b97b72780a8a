package com.evidenceassessor.generate;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.facts.Relationship;

/**
 * 买卖合同: goods ordered in a WeChat chat, a contract sent as a file, delivery shown by
 * photos or video, part of the price paid by transfer.
 */
final class SaleScenario implements Scenario {

	/** What is sold, by what unit, at what wholesale unit price, in what quantities. */
	private record Goods(String name, String unit, int minUnitPrice, int maxUnitPrice, int minQuantity,
			int maxQuantity) {

	}

	private static final List<Goods> GOODS = List.of(new Goods("瓷砖", "箱", 40, 200, 50, 2000),
			new Goods("服装", "件", 30, 400, 50, 3000), new Goods("茶叶", "斤", 80, 2000, 5, 300),
			new Goods("电子元器件", "个", 1, 80, 500, 20000), new Goods("办公家具", "套", 500, 5000, 5, 200),
			new Goods("建材钢管", "吨", 3500, 6000, 5, 100), new Goods("海鲜干货", "斤", 60, 600, 20, 1000),
			new Goods("空调设备", "台", 2000, 12000, 5, 200));

	@Override
	public String slug() {
		return "sale";
	}

	@Override
	public void fill(CaseDraft c) {
		Dice dice = c.dice;
		Goods goods = dice.pick(GOODS);
		int quantity = dice.between(goods.minQuantity(), goods.maxQuantity());
		int step = (goods.maxUnitPrice() >= 1000) ? 10 : 1;
		BigDecimal unitPrice = dice.yuan(goods.minUnitPrice(), goods.maxUnitPrice(), step);
		BigDecimal price = unitPrice.multiply(BigDecimal.valueOf(quantity));
		// a part payment by WeChat transfer in round hundreds, at most what one transfer
		// moves
		long tenths = dice.between(0, 6);
		BigDecimal paid = BigDecimal.valueOf(price.longValue() * tenths / 1000 * 100).min(CaseDraft.MAX_TRANSFER);
		c.cause = CauseOfAction.SALE;
		c.claimant = "seller";
		c.relationship = Relationship.BUSINESS;
		c.title = c.plaintiff + "诉" + c.defendant + "买卖合同纠纷";
		c.fact("contractFormed", "saleAgreed", "双方通过微信订购" + goods.name() + quantity + goods.unit() + "，总价"
				+ price.toPlainString() + "元（单价" + unitPrice.toPlainString() + "元/" + goods.unit() + "）");
		c.fact("goodsDelivered", "原告已按约交付货物");
		c.fact("paymentDemanded", demanded(price, paid));
		LocalDateTime ordered = c.before(120, 700);
		c.chat("微信下单聊天记录", ordered, c.defendant + "：" + goods.name() + "再要" + quantity + goods.unit() + "，老价格",
				c.plaintiff + "：好的，" + unitPrice.toPlainString() + "元一" + goods.unit() + "，总共" + price.toPlainString()
						+ "元，下周发货")
			.businessRecord()
			.proves("contractFormed");
		if (dice.chance(0.5)) {
			ItemDraft contract = c.linkOrFile(ItemKind.FILE, "微信发送的《购销合同》文件", ordered.plusDays(1))
				.businessRecord()
				.proves("contractFormed");
			c.outside(contract, OutsideEvidenceKind.CONTRACT, "双方签字盖章的合同原件", 0.4);
		}
		LocalDateTime delivered = ordered.plusDays(dice.between(3, 20));
		// the seller's dealings with its customer are its ordinary business; a video of
		// the unloading is not
		if (dice.chance(0.5)) {
			// a photo of the goods and the waybill the seller filled in: it names the
			// buyer in the seller's hand, which ties no account (review round 42)
			c.image("发货照片及物流单截图", delivered, false).photo().businessRecord().proves("goodsDelivered");
		}
		else {
			c.video("卸货现场视频", delivered);
			c.items.get(c.items.size() - 1).proves("goodsDelivered");
		}
		if (dice.chance(0.4)) {
			c.linkOrFile(ItemKind.LINK, "物流查询链接", delivered.plusDays(1))
				.businessRecord()
				.thirdPartyPage()
				.proves("goodsDelivered");
		}
		if (paid.signum() > 0) {
			// a part payment acknowledges the price, not that the contract was made
			c.transfer(paid, delivered.plusDays(dice.between(1, 30)), "货款", false, false)
				.businessRecord()
				.proves("paymentDemanded");
		}
		// the buyer's answer admits having received the goods and owing the price (a
		// complaint that the goods are faulty would be a quality defence, which the case
		// file does not plead)
		String answer = dice.pick("货收到了，最近资金紧张，月底前结清", "知道了，货都卖得差不多了，下个月给你");
		// a demand for the price is made for the dispute, not in the
		// ordinary course of business (证据规定第九十四条第一款第（三）项):
		// no business record
		c.chat("催收货款聊天记录", c.before(10, 100), c.plaintiff + "：货款还差多少你心里有数，这个月结一下", c.defendant + "：" + answer)
			.proves("paymentDemanded", "goodsDelivered");
	}

	/**
	 * What the seller offers for the price: not that it is unpaid, which the buyer who
	 * says it paid must prove (民诉法解释第九十一条第（二）项), but its demand for the price and, where
	 * the buyer paid a part, the buyer's acknowledgement of the debt by that payment.
	 */
	private static String demanded(BigDecimal price, BigDecimal paid) {
		if (paid.signum() == 0) {
			return "原告催告被告支付货款" + price.toPlainString() + "元";
		}
		return "被告已付货款" + paid.toPlainString() + "元，以部分付款确认欠款；原告催告其支付余款" + price.subtract(paid).toPlainString() + "元";
	}

}
