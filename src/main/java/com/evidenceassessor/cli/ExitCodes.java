package com.evidenceassessor.cli;

/** The exit codes every command uses; documented in README.md. */
public final class ExitCodes {

	/** The command did what was asked (an opinion was written, the checks passed). */
	public static final int OK = 0;

	/**
	 * The command ran but the result is a failure the user asked to be told of (a rule
	 * test failed).
	 */
	public static final int FAILED = 1;

	/**
	 * The input (case file, bill, evidence file, arguments) is invalid; the message says
	 * where.
	 */
	public static final int INVALID_INPUT = 2;

	/** The rules under rules/ do not compile or their parameters are invalid. */
	public static final int RULES_BROKEN = 3;

	/**
	 * The database (the opinion store, the batch job repository) cannot be opened: in use
	 * by another process, unreachable, or refusing the credentials.
	 */
	public static final int DATABASE_UNAVAILABLE = 4;

	/** An unexpected internal error; a bug, reported with a short message. */
	public static final int INTERNAL_ERROR = 70;

	private ExitCodes() {
	}

}
