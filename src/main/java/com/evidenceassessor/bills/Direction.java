package com.evidenceassessor.bills;

/** Whether a bill row moved money to or from the holder. */
public enum Direction {

	/** 收入. */
	INCOME("收入"),

	/** 支出. */
	EXPENSE("支出"),

	/**
	 * Neither: WeChat 中性交易 ({@code /}, proof PDF 其他), Alipay 不计收支 (2021: 其他) — top-ups,
	 * withdrawals, fund moves, refunds Alipay does not count.
	 */
	NEUTRAL("中性/不计收支");

	private final String chineseName;

	Direction(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
