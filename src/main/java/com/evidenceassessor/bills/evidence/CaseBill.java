package com.evidenceassessor.bills.evidence;

import com.evidenceassessor.bills.BillStatement;

/**
 * A bill of a case, as read.
 *
 * @param file the file, relative to the case folder (as the case file names it)
 * @param listedItemId the id of the {@code bill} item the case file lists with this file,
 * or {@code null} for a bill found in {@code bills/} that no item lists
 * @param statement what the file says
 */
public record CaseBill(String file, String listedItemId, BillStatement statement) {

}
