package com.evidenceassessor.bills;

/**
 * A declared total that the rows do not add up to: a sign the file may have been edited
 * (rows deleted or changed) after export.
 *
 * @param field which total, e.g. {@code count}, {@code incomeAmount}
 * @param label the Chinese label of the bill, e.g. {@code 共N笔记录}, {@code 收入金额}
 * @param declared what the bill's summary says
 * @param counted what its rows add up to
 * @param platformCaveat {@code true} when the platform itself warns that its totals may
 * differ from the summed rows (Alipay 特别提示 6), which weakens the inference
 */
public record BillMismatch(String field, String label, String declared, String counted, boolean platformCaveat) {

	/** {@code 收入金额：账单声明 100.00，逐行合计 90.00}. */
	public String describe() {
		String text = this.label + "：账单声明 " + this.declared + "，逐行合计 " + this.counted;
		return this.platformCaveat ? text + "（支付宝提示统计口径可能不同）" : text;
	}

}
