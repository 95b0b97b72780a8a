package com.evidenceassessor.bills;

/**
 * The bill export formats we read; the codes are those of the formats document
 * (shared/formats/bill-formats.md).
 */
public enum BillFormat {

	/** WeChat 「用于个人对账」 CSV, ≤2018 … 2025-06. */
	W1("W1", Platform.WECHAT_PAY, Purpose.RECONCILIATION, "微信支付账单 CSV"),

	/** The same CSV in its April 2025 shape: every field quoted, a TAB after the ids. */
	W1B("W1b", Platform.WECHAT_PAY, Purpose.RECONCILIATION, "微信支付账单 CSV（2025-04 引号版）"),

	/** WeChat 「用于个人对账」 XLSX 2025-07 … 2026-03: header row 17, amounts as text. */
	W2("W2", Platform.WECHAT_PAY, Purpose.RECONCILIATION, "微信支付账单流水文件 XLSX（2025 版）"),

	/** WeChat 「用于个人对账」 XLSX 2026-03 …: header row 18, numeric amounts and times. */
	W3("W3", Platform.WECHAT_PAY, Purpose.RECONCILIATION, "微信支付账单流水文件 XLSX（2026 版）"),

	/** WeChat 「用作证明材料」 PDF 《微信支付交易明细证明》 issued by Tenpay. */
	W4("W4", Platform.WECHAT_PAY, Purpose.PROOF, "微信支付交易明细证明 PDF"),

	/** Alipay app CSV 2021–2022: 电子客户回单 banner first, 导出信息 last. */
	A1("A1", Platform.ALIPAY, Purpose.RECONCILIATION, "支付宝交易明细 CSV（2021–2022 版）"),

	/** Alipay app CSV 2023-02 …: 导出信息 first, header on line 25 (24 since 2026-06). */
	A2("A2", Platform.ALIPAY, Purpose.RECONCILIATION, "支付宝交易明细 CSV（2023 起）"),

	/** Alipay PC web 「交易记录明细查询」 download. */
	A3("A3", Platform.ALIPAY, Purpose.RECONCILIATION, "支付宝交易记录明细查询（网页版）");

	private final String code;

	private final Platform platform;

	private final Purpose purpose;

	private final String chineseName;

	BillFormat(String code, Platform platform, Purpose purpose, String chineseName) {
		this.code = code;
		this.platform = platform;
		this.purpose = purpose;
		this.chineseName = chineseName;
	}

	/** The code of the formats document: W1, W1b, W2, W3, W4, A1, A2, A3. */
	public String code() {
		return this.code;
	}

	public Platform platform() {
		return this.platform;
	}

	public Purpose purpose() {
		return this.purpose;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
