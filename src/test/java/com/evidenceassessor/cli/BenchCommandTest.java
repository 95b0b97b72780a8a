package com.evidenceassessor.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assessor bench} prints medians for the three ways of assessing and their ratios;
 * bad options and missing cases are one clear line and exit code 2. (A smoke test of the
 * command: the figures themselves are measured by running it, never asserted.)
 */
class BenchCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@BeforeEach
	void capture() {
		this.originalOut = System.out;
		this.originalErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
	}

	@Test
	void printsMediansAndRatiosForEachCase() {
		int code = Main.run("bench", "--case", "cases/voice-only-loan-acknowledgement", "--iterations", "3", "--warmup",
				"1", "--rules", "rules");
		String text = this.out.toString(StandardCharsets.UTF_8);
		assertThat(code).isZero();
		assertThat(text).contains("scores only", "full", "ratio", "voice-only-loan-acknowledgement")
			.containsPattern("voice-only-loan-acknowledgement\\s+1\\s+wall\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+×")
			.containsPattern("voice-only-loan-acknowledgement\\s+1\\s+cpu\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+×");
	}

	@Test
	void aFolderOfCasesBenchesEach() {
		int code = Main.run("bench", "--case", "cases", "--iterations", "1", "--warmup", "0", "--rules", "rules");
		assertThat(code).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("voice-only-loan-acknowledgement",
				"loan-transfer-only-repayment-defence");
	}

	@Test
	void badOptionsAreOneLineAndExitCodeTwo() {
		int code = Main.run("bench", "--case", "cases/voice-only-loan-acknowledgement", "--iterations", "0");
		assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--iterations").doesNotContain("Exception");
	}

	@Test
	void aMissingCaseIsOneLineAndExitCodeTwo() {
		int code = Main.run("bench", "--case", "cases/no-such-case", "--iterations", "1", "--rules", "rules");
		assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("error: ").contains("no-such-case");
	}

}
