package com.evidenceassessor.bills.evidence;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import com.evidenceassessor.bills.Direction;

/**
 * The bill row closest in time to a transfer or red-packet item with the same amount and
 * a compatible direction (within three days; the rules decide with
 * {@code bills.matchWindowMinutes} whether it is close enough to be the same payment).
 *
 * @param itemId the money item
 * @param billId the bill
 * @param file the bill's file, relative to the case folder
 * @param page the row's PDF page (0 for spreadsheets)
 * @param row the row's line or sheet row
 * @param time the row's time
 * @param minutesApart minutes between the row's time and the item's payment time
 * @param amount the amount
 * @param direction the row's direction, from the bill holder's side
 * @param counterparty the row's 交易对方
 * @param counterpartyNamed the row names the item's counterparty (their name or WeChat
 * ID); {@code null} when it cannot be told (a nickname)
 * @param status the row's status
 * @param note the note the row records (转账备注, 付款方留言), or {@code null}
 * @param refunded the bill shows the payment was returned or refunded in full
 * @param monthDay the row's date as {@code MM-dd}
 * @param amountText the amount as {@code 520.00}
 */
public record BillRowMatch(String itemId, String billId, String file, int page, int row, LocalDateTime time,
		long minutesApart, BigDecimal amount, Direction direction, String counterparty, Boolean counterpartyNamed,
		String status, String note, boolean refunded, String monthDay, String amountText) {

	/**
	 * The row's note says the money is a loan (借, 借款, 借钱) and not a repayment (还), as
	 * {@code PaymentDetails.noteSaysLoan()} reads a note.
	 */
	public boolean noteSaysLoan() {
		return this.note != null && this.note.contains("借") && !this.note.contains("还");
	}

}
