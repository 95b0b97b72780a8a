package com.evidenceassessor.support;

/**
 * A problem with something a user handed us (a case file, a bill, an evidence file, a
 * rule file, an upload), located precisely enough to fix it: the file, the line/column or
 * cell or field path, what was found and what was expected. The message is meant for the
 * user as it stands; no stack trace is ever shown for it.
 */
public class InputException extends RuntimeException {

	private final Location location;

	private final String problem;

	public InputException(Location location, String problem) {
		super(location + ": " + problem);
		this.location = location;
		this.problem = problem;
	}

	public InputException(Location location, String problem, Throwable cause) {
		super(location + ": " + problem, cause);
		this.location = location;
		this.problem = problem;
	}

	public Location location() {
		return this.location;
	}

	/**
	 * The problem without the location, e.g. "expected one of text, image, voice; found
	 * 'txt'".
	 */
	public String problem() {
		return this.problem;
	}

}
