package com.evidenceassessor.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.evidenceassessor.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch and history commands as a user meets them: exit codes and one clear line for
 * each bad input, never a stack trace.
 */
class BatchCommandTest {

	@TempDir
	Path dir;

	@Test
	void aMissingInputIsAnInvalidInput() {
		CommandRun run = batch(this.dir.resolve("nowhere"));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("nowhere").contains("no such folder or file").doesNotContain("\tat ");
	}

	@Test
	void aFolderWithoutCaseFoldersIsAnInvalidInput() throws Exception {
		Path empty = Files.createDirectories(this.dir.resolve("empty"));
		CommandRun run = batch(empty);
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("no case folders found");
	}

	@Test
	void aZipSlipArchiveIsRefusedWithTheEntryNamed() throws Exception {
		Path zip = this.dir.resolve("evil.zip");
		try (ZipOutputStream stream = new ZipOutputStream(Files.newOutputStream(zip))) {
			stream.putNextEntry(new ZipEntry("cases/../../../tmp/evil.sh"));
			stream.write("echo owned".getBytes(StandardCharsets.UTF_8));
			stream.closeEntry();
		}
		CommandRun run = batch(zip);
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("evil.zip (entry cases/../../../tmp/evil.sh)").contains("zip slip");
		assertThat(run.err().lines().count()).isEqualTo(1);
	}

	@Test
	void aBrokenArchiveIsRefusedClearly() throws Exception {
		Path zip = this.dir.resolve("broken.zip");
		Files.write(zip, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
		CommandRun run = batch(zip);
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("broken.zip: not a readable zip archive");
	}

	@Test
	void badOptionsAreInvalidInput() throws Exception {
		Path cases = BatchFixtures.generate(this.dir.resolve("cases"), 1, 1, 0);
		String out = this.dir.resolve("out").toString();
		CommandRun threads = CommandRun.of("batch", cases.toString(), "--out", out, "--threads", "0");
		assertThat(threads.exit()).isEqualTo(2);
		assertThat(threads.err()).contains("--threads: found 0");
		CommandRun reports = CommandRun.of("batch", cases.toString(), "--out", out, "--reports", "pdf");
		assertThat(reports.exit()).isEqualTo(2);
		assertThat(reports.err()).contains("--reports: found 'pdf'");
	}

	@Test
	void theCommandPrintsTheSummaryAndHistoryListsAndReproducesTheOpinion() throws Exception {
		Path cases = BatchFixtures.generate(this.dir.resolve("cases"), 3, 2, 1);
		Path data = this.dir.resolve("data");
		CommandRun batch = CommandRun.of("batch", cases.toString(), "--out", this.dir.resolve("out").toString(),
				"--data", data.toString(), "--scores-only", "--no-progress", "--lang", "en");
		assertThat(batch.exit()).as(batch.err()).isZero();
		assertThat(batch.out()).contains("Batch completed: 3 case folders read, 2 assessed, 1 skipped")
			.contains("summary.xlsx");
		String caseId = Files.readString(this.dir.resolve("out/cases.csv"), StandardCharsets.UTF_8)
			.lines()
			.skip(1)
			.findFirst()
			.orElseThrow()
			.split(",")[1];
		CommandRun history = CommandRun.of("history", caseId, "--data", data.toString(), "--lang", "en");
		assertThat(history.exit()).isZero();
		String opinionId = BatchFixtures.opinionId(history.out(), "scoresOnly");
		CommandRun reproduced = CommandRun.of("history", caseId, "--data", data.toString(), "--reproduce", opinionId,
				"--lang", "en");
		assertThat(reproduced.exit()).isZero();
		assertThat(reproduced.out()).contains("reproduced");
		CommandRun unknown = CommandRun.of("history", "no-such-case", "--data", data.toString());
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.err()).contains("no-such-case: no opinion is stored for this case id");
	}

	private CommandRun batch(Path input) {
		return CommandRun.of("batch", input.toString(), "--out", this.dir.resolve("out").toString(), "--data",
				this.dir.resolve("data").toString(), "--no-progress");
	}

}
