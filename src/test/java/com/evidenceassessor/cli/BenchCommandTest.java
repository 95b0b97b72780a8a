package com.evidenceassessor.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assessor bench} prints medians for the three ways of assessing and their ratios;
 * bad options and missing cases are one clear line and exit code 2. (A smoke test of the
 * command: the figures themselves are measured by running it, never asserted.)
 */
class BenchCommandTest {

	@Test
	void printsMediansAndRatiosForEachCase() {
		CommandRun run = CommandRun.of("bench", "--case", "cases/voice-only-loan-acknowledgement", "--iterations", "3",
				"--warmup", "1", "--rules", "rules");
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("scores only", "full", "ratio", "voice-only-loan-acknowledgement")
			.containsPattern(
					"voice-only-loan-acknowledgement\\s+1\\s+wall\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+×\\s+[0-9.]+\\s+[0-9.]+×")
			.containsPattern(
					"voice-only-loan-acknowledgement\\s+1\\s+cpu\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+×\\s+[0-9.]+\\s+[0-9.]+×");
	}

	@Test
	void aFolderOfCasesBenchesEach() {
		CommandRun run = CommandRun.of("bench", "--case", "cases", "--iterations", "1", "--warmup", "0", "--rules",
				"rules");
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("voice-only-loan-acknowledgement", "loan-transfer-only-repayment-defence");
	}

	@Test
	void badOptionsAreOneLineAndExitCodeTwo() {
		CommandRun run = CommandRun.of("bench", "--case", "cases/voice-only-loan-acknowledgement", "--iterations", "0");
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.err()).contains("--iterations").doesNotContain("Exception");
	}

	@Test
	void aMissingCaseIsOneLineAndExitCodeTwo() {
		CommandRun run = CommandRun.of("bench", "--case", "cases/no-such-case", "--iterations", "1", "--rules",
				"rules");
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.err()).startsWith("error: ").contains("no-such-case");
	}

}
