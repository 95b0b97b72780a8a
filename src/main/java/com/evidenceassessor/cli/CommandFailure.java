package com.evidenceassessor.cli;

/**
 * A command's own failure with the exit code it maps to (e.g. rules that do not compile).
 */
public class CommandFailure extends RuntimeException {

	private final int exitCode;

	public CommandFailure(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
