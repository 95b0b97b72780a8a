package com.evidenceassessor.cli;

import picocli.CommandLine;

/** Entry point of the {@code assessor} command. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs one command line and returns its exit code (see {@link ExitCodes}). */
	public static int run(String... args) {
		CommandLine commandLine = new CommandLine(new AssessorCommand());
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setExecutionExceptionHandler(new ErrorReporter());
		commandLine.setParameterExceptionHandler(new ErrorReporter());
		try {
			return commandLine.execute(args);
		}
		catch (Error error) {
			System.err.println("internal error: " + error);
			return ExitCodes.INTERNAL_ERROR;
		}
	}

}
