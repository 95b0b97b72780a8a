package com.evidenceassessor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs one command line as a user would ({@link Main#run}) and captures its exit code,
 * standard output and standard error — the one helper the command tests share.
 *
 * @param exit the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record CommandRun(int exit, String out, String err) {

	/**
	 * Runs the command line; serialised, since it swaps the process's standard streams.
	 */
	public static CommandRun of(String... args) {
		return withInput(null, args);
	}

	/**
	 * Runs the command line with this text on standard input ({@code null}: the process's
	 * own).
	 */
	public static synchronized CommandRun withInput(String stdin, String... args) {
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		InputStream originalIn = System.in;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			if (stdin != null) {
				System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
			}
			int exit = Main.run(args);
			return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
			System.setIn(originalIn);
		}
	}

}
