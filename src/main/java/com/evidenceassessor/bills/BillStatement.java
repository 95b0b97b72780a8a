package com.evidenceassessor.bills;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A bill as read from one file: who it belongs to, the period it covers, what it declares
 * and what its rows add up to, and the rows themselves.
 *
 * @param id a stable id derived from the file content ({@code bill-} + 12 hex digits of
 * its SHA-256)
 * @param sourceFile the file as the user named it
 * @param sha256 the SHA-256 of the file's bytes, lower-case hex
 * @param format the detected format
 * @param holderNickname WeChat 微信昵称, {@code null} where the format has none
 * @param holderRealName Alipay 姓名 / 用户, proof PDF 兹证明 name
 * @param holderIdNumber the (usually masked) ID card number of the proof PDF
 * @param account 支付宝账户 / 账号, or the proof PDF's 微信号
 * @param documentNumber the proof PDF's 编号
 * @param periodStart 起始时间 / 交易明细对应时间段 start
 * @param periodEnd 终止时间 / period end
 * @param exportedAt 导出时间, {@code null} where not stated
 * @param exportScope 导出类型 / 导出交易类型 without brackets, e.g. {@code 全部}
 * @param declared the totals the file declares
 * @param counted the totals of the rows read
 * @param transactions the rows in file order (empty when read by streaming)
 */
public record BillStatement(String id, String sourceFile, String sha256, BillFormat format, String holderNickname,
		String holderRealName, String holderIdNumber, String account, String documentNumber, LocalDateTime periodStart,
		LocalDateTime periodEnd, LocalDateTime exportedAt, String exportScope, BillTotals declared, BillTotals counted,
		List<BillTransaction> transactions) {

	public BillStatement {
		transactions = List.copyOf(transactions);
	}

	public Platform platform() {
		return this.format.platform();
	}

	public Purpose purpose() {
		return this.format.purpose();
	}

	/** 共N笔记录 as declared, {@code null} when the format states no count. */
	public Integer declaredCount() {
		return this.declared.count();
	}

	/** The number of rows read. */
	public int countedCount() {
		return this.counted.count();
	}

	/** Declared totals the rows do not add up to; empty when all agree. */
	public List<BillMismatch> mismatches() {
		return BillIntegrity.mismatches(this);
	}

}
