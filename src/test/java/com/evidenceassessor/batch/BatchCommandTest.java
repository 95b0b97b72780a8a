package com.evidenceassessor.batch;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.evidenceassessor.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch and history commands as a user meets them: exit codes and one clear line for
 * each bad input, never a stack trace.
 */
class BatchCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@TempDir
	Path dir;

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
	void aMissingInputIsAnInvalidInput() {
		assertThat(batch(this.dir.resolve("nowhere"))).isEqualTo(2);
		assertThat(errors()).contains("nowhere").contains("no such folder or file").doesNotContain("\tat ");
	}

	@Test
	void aFolderWithoutCaseFoldersIsAnInvalidInput() throws Exception {
		Path empty = Files.createDirectories(this.dir.resolve("empty"));
		assertThat(batch(empty)).isEqualTo(2);
		assertThat(errors()).contains("no case folders found");
	}

	@Test
	void aZipSlipArchiveIsRefusedWithTheEntryNamed() throws Exception {
		Path zip = this.dir.resolve("evil.zip");
		try (ZipOutputStream stream = new ZipOutputStream(Files.newOutputStream(zip))) {
			stream.putNextEntry(new ZipEntry("cases/../../../tmp/evil.sh"));
			stream.write("echo owned".getBytes(StandardCharsets.UTF_8));
			stream.closeEntry();
		}
		assertThat(batch(zip)).isEqualTo(2);
		assertThat(errors()).contains("evil.zip (entry cases/../../../tmp/evil.sh)").contains("zip slip");
		assertThat(errors().lines().count()).isEqualTo(1);
	}

	@Test
	void aBrokenArchiveIsRefusedClearly() throws Exception {
		Path zip = this.dir.resolve("broken.zip");
		Files.write(zip, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
		assertThat(batch(zip)).isEqualTo(2);
		assertThat(errors()).contains("broken.zip: not a readable zip archive");
	}

	@Test
	void badOptionsAreInvalidInput() throws Exception {
		Path cases = BatchFixtures.generate(this.dir.resolve("cases"), 1, 1, 0);
		assertThat(Main.run("batch", cases.toString(), "--out", this.dir.resolve("out").toString(), "--threads", "0"))
			.isEqualTo(2);
		assertThat(errors()).contains("--threads: found 0");
		assertThat(Main.run("batch", cases.toString(), "--out", this.dir.resolve("out").toString(), "--reports", "pdf"))
			.isEqualTo(2);
		assertThat(errors()).contains("--reports: found 'pdf'");
	}

	@Test
	void theCommandPrintsTheSummaryAndHistoryListsAndReproducesTheOpinion() throws Exception {
		Path cases = BatchFixtures.generate(this.dir.resolve("cases"), 3, 2, 1);
		Path data = this.dir.resolve("data");
		int code = Main.run("batch", cases.toString(), "--out", this.dir.resolve("out").toString(), "--data",
				data.toString(), "--scores-only", "--no-progress", "--lang", "en");
		assertThat(code).as(errors()).isZero();
		assertThat(output()).contains("Batch completed: 3 case folders read, 2 assessed, 1 skipped")
			.contains("summary.xlsx");
		String caseId = Files.readString(this.dir.resolve("out/cases.csv"), StandardCharsets.UTF_8)
			.lines()
			.skip(1)
			.findFirst()
			.orElseThrow()
			.split(",")[1];
		this.out.reset();
		assertThat(Main.run("history", caseId, "--data", data.toString(), "--lang", "en")).isZero();
		String opinionId = output().lines()
			.filter(l -> l.contains("scoresOnly"))
			.findFirst()
			.orElseThrow()
			.split(" ")[0];
		this.out.reset();
		assertThat(Main.run("history", caseId, "--data", data.toString(), "--reproduce", opinionId, "--lang", "en"))
			.isZero();
		assertThat(output()).contains("reproduced");
		assertThat(Main.run("history", "no-such-case", "--data", data.toString())).isEqualTo(2);
		assertThat(errors()).contains("no-such-case: no opinion is stored for this case id");
	}

	private int batch(Path input) {
		return Main.run("batch", input.toString(), "--out", this.dir.resolve("out").toString(), "--data",
				this.dir.resolve("data").toString(), "--no-progress");
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
