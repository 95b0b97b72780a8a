package com.evidenceassessor.batch;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.evidenceassessor.store.AssessmentMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kills a batch run (a child JVM, destroyed forcibly: kill -9) after some opinions are
 * written, resumes it, and compares everything it left (store rows, batch rows, every
 * output file) with an uninterrupted run over the same archive — on the default H2 file
 * database and on PostgreSQL.
 */
class CrashRestartTest {

	private static final int CASES = 120;

	private static final int INVALID = 4;

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void aRunKilledMidwayAndResumedLeavesExactlyWhatAnUninterruptedRunLeaves(TestDatabase database, @TempDir Path work)
			throws Exception {
		Path crashed = work.resolve("crashed");
		Path clean = work.resolve("clean");
		TestDatabase.Target crashedDatabase = database.open(crashed);
		TestDatabase.Target cleanDatabase = database.open(clean);
		Path archive = BatchFixtures.generate(work.resolve("archive"), CASES, 5, INVALID);
		BatchRequest request = BatchFixtures.request(archive, crashed, crashedDatabase.config(),
				AssessmentMode.SCORES_ONLY, 2);

		long writtenWhenKilled = killMidway(request, crashed);
		assertThat(writtenWhenKilled).as("killed after some cases and before the end")
			.isBetween(1L, (long) CASES - INVALID - 1);

		BatchRequest resume = request;
		if (database == TestDatabase.POSTGRESQL) {
			// a shared database cannot tell a dead run from one running elsewhere until
			// it has been quiet for a while; the user is told so, and --force-resume
			// takes it over
			assertThatThrownBy(() -> BatchFixtures.run(request))
				.hasStackTraceContaining("another process is running this batch now");
			resume = BatchFixtures.forcingResume(request);
		}
		RunOutcome resumed = BatchFixtures.run(resume);
		assertThat(resumed.completed()).isTrue();
		assertThat(resumed.attempt()).as("the same run, resumed").isEqualTo(2);
		assertThat(resumed.doneBefore()).as("cases committed before the kill").isPositive();
		assertThat(resumed.thisAttempt().read()).as("the resumed attempt did not start over")
			.isLessThan(CASES)
			.isEqualTo(CASES - resumed.doneBefore());

		RunOutcome uninterrupted = BatchFixtures
			.run(BatchFixtures.request(archive, clean, cleanDatabase.config(), AssessmentMode.SCORES_ONLY, 2));
		assertThat(uninterrupted.completed()).isTrue();

		Map<String, List<String>> crashedRows = BatchFixtures.databaseRows(crashedDatabase);
		Map<String, List<String>> cleanRows = BatchFixtures.databaseRows(cleanDatabase);
		assertThat(crashedRows.get("opinion")).hasSize(CASES - INVALID);
		assertThat(crashedRows.get("batch_skip")).hasSize(INVALID);
		assertThat(crashedRows).isEqualTo(cleanRows);
		Map<String, String> crashedFiles = BatchFixtures.outputFiles(crashed.resolve("out"));
		Map<String, String> cleanFiles = BatchFixtures.outputFiles(clean.resolve("out"));
		assertThat(crashedFiles.keySet()).isEqualTo(cleanFiles.keySet());
		assertThat(crashedFiles).isEqualTo(cleanFiles);
	}

	/** Runs the batch in a child JVM and kills it once some opinions are on disk. */
	private static long killMidway(BatchRequest request, Path work) throws Exception {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
				"com.evidenceassessor.cli.Main", "batch", request.input().toString(), "--out", request.out().toString(),
				"--data", request.dataFolder().toString(), "--rules", Path.of("rules").toAbsolutePath().toString(),
				"--threads", "2", "--scores-only", "--chunk", String.valueOf(request.chunkSize()), "--no-progress"));
		if (request.config() != null) {
			command.addAll(List.of("--config", request.config().toString()));
		}
		java.nio.file.Files.createDirectories(work);
		Process child = new ProcessBuilder(command).redirectOutput(work.resolve("child.out").toFile())
			.redirectError(work.resolve("child.err").toFile())
			.start();
		Path cases = request.out().resolve("cases");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (child.isAlive() && BatchFixtures.countFiles(cases, "opinion.json") < 12
				&& System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		// a moment for the chunk whose files are on disk to commit, so the kill lands
		// mid-run with work both committed and in flight
		Thread.sleep(30);
		child.destroyForcibly();
		child.waitFor(1, TimeUnit.MINUTES);
		return BatchFixtures.countFiles(cases, "opinion.json");
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
			.toString();
	}

}
