package com.evidenceassessor.bills.evidence;

import java.time.LocalDateTime;
import java.util.List;

import com.evidenceassessor.bills.Platform;
import com.evidenceassessor.bills.Purpose;

/**
 * What the rules see of one bill in the case: the bill as an evidence item of its own
 * (kind {@code bill}), read from its file. The rows themselves are not inserted; what
 * they say about the case's transfers is in {@link BillRowMatch}, {@link BillCoverage}
 * and {@link MoneyFlow}.
 *
 * @param billId the statement's id ({@code bill-} + 12 hex digits of the file's SHA-256)
 * @param itemId the id of the evidence item that is this bill: the item the case file
 * lists with the file, or one added for a bill found in {@code bills/} ({@code B1}, …)
 * @param listed the case file lists the item; {@code false} for an added one
 * @param file the file, relative to the case folder
 * @param sha256 the file's SHA-256
 * @param format the format code (W1 … A3)
 * @param platform WeChat Pay or Alipay
 * @param purpose the holder's own reconciliation export, or the platform-issued proof
 * @param holder the holder as the bill names them (nickname or real name), or
 * {@code null}
 * @param periodStart the period the bill covers, from
 * @param periodEnd the period the bill covers, to
 * @param rows the number of rows read
 * @param totalsDeclared the bill states its own totals (共N笔记录, 收入/支出 …)
 * @param totalsMismatch some declared total does not match the rows (a sign of editing)
 * @param caveatOnlyMismatch only amount totals differ, on a platform that warns they may
 * (Alipay)
 * @param mismatches each mismatch, described in Chinese
 * @param itemsInPeriod ids of the case's transfers and red packets (with a time) that the
 * bill's period covers; empty for an Alipay bill (the items are WeChat payments)
 * @param itemsOutsidePeriod ids of those whose time the bill's period does not cover
 */
public record BillEvidence(String billId, String itemId, boolean listed, String file, String sha256, String format,
		Platform platform, Purpose purpose, String holder, LocalDateTime periodStart, LocalDateTime periodEnd, int rows,
		boolean totalsDeclared, boolean totalsMismatch, boolean caveatOnlyMismatch, List<String> mismatches,
		List<String> itemsInPeriod, List<String> itemsOutsidePeriod) {

	public BillEvidence {
		mismatches = List.copyOf(mismatches);
		itemsInPeriod = List.copyOf(itemsInPeriod);
		itemsOutsidePeriod = List.copyOf(itemsOutsidePeriod);
	}

}
