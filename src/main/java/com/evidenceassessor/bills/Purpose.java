package com.evidenceassessor.bills;

/** What the holder asked the platform for when exporting. */
public enum Purpose {

	/**
	 * 「用于个人对账」: a spreadsheet the holder exported for their own bookkeeping; the party's
	 * own output.
	 */
	RECONCILIATION("用于个人对账"),

	/**
	 * 「用作证明材料」: a stamped proof issued by the platform (e.g. 《微信支付交易明细证明》).
	 */
	PROOF("用作证明材料");

	private final String chineseName;

	Purpose(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
