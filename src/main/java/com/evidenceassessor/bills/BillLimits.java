package com.evidenceassessor.bills;

/**
 * Bounds on what a bill file may make us do. A file beyond them gets a located
 * {@link com.evidenceassessor.support.InputException}, never an out-of-memory error.
 *
 * @param maxFileBytes the largest file read at all
 * @param maxRows the most transaction rows read from one bill
 * @param maxCellChars the longest cell (or CSV record) accepted
 */
public record BillLimits(long maxFileBytes, int maxRows, int maxCellChars) {

	/** 256 MiB, 1,000,000 rows, 4,096 characters per cell. */
	public static BillLimits defaults() {
		return new BillLimits(256L * 1024 * 1024, 1_000_000, 4096);
	}

}
