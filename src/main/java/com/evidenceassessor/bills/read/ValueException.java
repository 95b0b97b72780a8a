package com.evidenceassessor.bills.read;

/**
 * A cell whose text is not what its column holds; the caller adds the location and turns
 * it into an {@link com.evidenceassessor.support.InputException}.
 */
public class ValueException extends RuntimeException {

	private final String expected;

	public ValueException(String expected) {
		super(expected, null, false, false);
		this.expected = expected;
	}

	/** What the column holds, e.g. "an amount like ¥28.16". */
	public String expected() {
		return this.expected;
	}

}
