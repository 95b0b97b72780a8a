package com.evidenceassessor.bills.evidence;

/**
 * Whether a bill's period covers a transfer or red-packet item's payment time (same
 * platform). A covering bill without a matching row is a reason to doubt the item.
 *
 * @param itemId the money item
 * @param billId the bill
 * @param covered the item's time falls within the bill's period
 */
public record BillCoverage(String itemId, String billId, boolean covered) {

}
