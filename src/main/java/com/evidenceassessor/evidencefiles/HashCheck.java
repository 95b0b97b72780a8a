package com.evidenceassessor.evidencefiles;

/** How a file's SHA-256 compares with the hash recorded for it. */
public enum HashCheck {

	/**
	 * A hash was recorded (case file, preservation or blockchain certificate) and equals
	 * the file's.
	 */
	MATCH,

	/** A hash was recorded and differs: the file is not the one that was preserved. */
	MISMATCH,

	/** No hash was recorded for the file. */
	NOT_RECORDED;

	static HashCheck of(String actual, String recorded) {
		if (recorded == null) {
			return NOT_RECORDED;
		}
		return recorded.equalsIgnoreCase(actual) ? MATCH : MISMATCH;
	}

}
