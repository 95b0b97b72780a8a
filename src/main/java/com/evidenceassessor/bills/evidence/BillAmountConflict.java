package com.evidenceassessor.bills.evidence;

import java.math.BigDecimal;

/**
 * A row of the client's bill at the same minute as a transfer or red-packet item, in the
 * same direction and to the same payee as far as the row names one, that records another
 * amount, where no row records the amount the item claims: the platform's own record of
 * that payment does not match the copy filed (a zero added to a screenshot).
 *
 * @param itemId the money item
 * @param billId the bill
 * @param file the bill's file, relative to the case folder
 * @param page the row's PDF page (0 for spreadsheets)
 * @param row the row's line or sheet row
 * @param rowAmount the amount the row records
 * @param claimedAmount the amount the item claims
 */
public record BillAmountConflict(String itemId, String billId, String file, int page, int row, BigDecimal rowAmount,
		BigDecimal claimedAmount) {

	/**
	 * Where the row is, with the amount it records:
	 * {@code bills/wechat.csv:12 (8450.00)}.
	 */
	public String place() {
		return this.file + ((this.page > 0) ? " p." + this.page : "") + ":" + this.row + " ("
				+ this.rowAmount.toPlainString() + ")";
	}

}
