package com.evidenceassessor.bills;

/** The payment platform that issued a bill. */
public enum Platform {

	/** 微信支付 (operated by 财付通 / Tenpay). */
	WECHAT_PAY("微信支付"),

	/** 支付宝. */
	ALIPAY("支付宝");

	private final String chineseName;

	Platform(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
