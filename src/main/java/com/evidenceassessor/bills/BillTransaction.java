package com.evidenceassessor.bills;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of a bill, as the file states it. Placeholders ({@code /}, blanks) are
 * {@code null}; every text is trimmed of the padding, TABs and quotes exports add.
 *
 * @param page the PDF page the row starts on; 0 for spreadsheets and CSV
 * @param row the physical line (CSV), sheet row (XLSX) or table row on the page (PDF),
 * 1-based
 * @param time the transaction time, wall clock in UTC+8 as every bill states it
 * @param type WeChat 交易类型, Alipay 交易分类 (web download: 类型)
 * @param counterparty 交易对方 as written, e.g. {@code 王小明}, {@code 发给张小花}
 * @param counterpartyAccount Alipay 对方账号 (masked); {@code null} for WeChat
 * @param goods 商品 / 商品说明 / 商品名称; {@code null} where the format has none (proof PDF)
 * @param direction income, expense or neutral
 * @param amount the amount in yuan, two decimals, never negative
 * @param method 支付方式 / 收/付款方式 / 交易方式
 * @param status 当前状态 / 交易状态; {@code null} where the format has none (proof PDF)
 * @param transactionId 交易单号 / 交易订单号 / 交易号
 * @param merchantId 商户单号 / 商家订单号
 * @param remark 备注 (WeChat: e.g. {@code 服务费¥0.10}; not the transfer note)
 * @param note what the payer wrote on a transfer or a QR payment: WeChat {@code 转账备注:…}
 * or {@code 付款方留言:…} split out of 商品, Alipay 转账红包 商品说明; {@code null} when none was typed
 * (the defaults {@code 微信转账} and {@code 转账} count as none)
 */
public record BillTransaction(int page, int row, LocalDateTime time, String type, String counterparty,
		String counterpartyAccount, String goods, Direction direction, BigDecimal amount, String method, String status,
		String transactionId, String merchantId, String remark, String note) {

	/** Whether the row is a refund (a 退款 type or category, or an Alipay refund id). */
	public boolean isRefund() {
		return (this.type != null && this.type.contains("退款"))
				|| (this.transactionId != null && this.transactionId.contains("_"));
	}

}
