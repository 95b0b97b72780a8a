package com.evidenceassessor.bills.wechat;

import com.evidenceassessor.bills.read.Cells;

/**
 * Splits what the payer wrote out of WeChat's 商品 column: {@code 转账备注:{note}} on
 * transfers, {@code …付款方留言:{message}} on QR payments. The default {@code 转账备注:微信转账} means
 * nothing was typed.
 */
public final class WeChatNotes {

	private static final String[] TRANSFER = { "转账备注:", "转账备注：" };

	private static final String[] QR_MESSAGE = { "付款方留言:", "付款方留言：" };

	private static final String DEFAULT_NOTE = "微信转账";

	private WeChatNotes() {
	}

	/** The note in a 商品 text, or {@code null}. */
	public static String of(String goods) {
		if (goods == null) {
			return null;
		}
		for (String prefix : TRANSFER) {
			if (goods.startsWith(prefix)) {
				String note = Cells.value(goods.substring(prefix.length()));
				return DEFAULT_NOTE.equals(note) ? null : note;
			}
		}
		if (!goods.startsWith("收款方备注")) {
			return null;
		}
		for (String marker : QR_MESSAGE) {
			int at = goods.indexOf(marker);
			if (at >= 0) {
				return Cells.value(goods.substring(at + marker.length()));
			}
		}
		return null;
	}

}
