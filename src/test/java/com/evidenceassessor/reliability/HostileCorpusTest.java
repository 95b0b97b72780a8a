package com.evidenceassessor.reliability;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.evidenceassessor.batch.BatchArchives;
import com.evidenceassessor.bills.BillReader;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.cli.CommandRun;

import com.evidenceassessor.rulebook.RulesFixture;
import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every member of the hostile corpus ({@code src/test/resources/hostile/manifest.tsv})
 * gets its expected outcome through the command a user would run: the exit code, one
 * clear line naming the file, and nothing written to the output folder; the readers
 * behind the commands raise nothing but {@link InputException}. Batch archives go to the
 * batch's archive opening ({@code BatchArchives}): refused with the entry named, nothing
 * left half-unpacked. The table in {@code docs/reliability.md} is checked against the
 * manifest.
 */
class HostileCorpusTest {

	@TempDir
	static Path work;

	private static HostileCorpusGenerator generator;

	private static Path goodCase;

	private static Path rulesTemplate;

	@BeforeAll
	static void prepare() throws IOException {
		Path outside = Files.createDirectories(work.resolve("outside"));
		generator = new HostileCorpusGenerator(work.resolve("corpus"), outside);
		goodCase = Files.writeString(Files.createDirectories(work.resolve("good")).resolve("case.yaml"),
				RulesFixture.CASE);
		rulesTemplate = RulesFixture.create(work.resolve("rules-template"));
	}

	@AfterAll
	static void nothingLeaked() {
		assertThat(work.resolve("outside"))
			.isDirectoryNotContaining((p) -> p.getFileName().toString().startsWith("pwned"));
		assertThat(Path.of("/tmp/pwned-by-case-file")).doesNotExist();
		assertThat(Path.of("/tmp/evil-absolute.txt")).doesNotExist();
		assertThat(work.getParent().resolve("evil.txt")).doesNotExist();
	}

	@TestFactory
	Stream<DynamicTest> everyMemberGetsItsOutcome() {
		return CorpusEntry.all()
			.stream()
			.map((entry) -> DynamicTest.dynamicTest(entry.category() + ": " + entry.file(), () -> check(entry)));
	}

	@Test
	void everyGeneratedMemberIsListedAndEveryListedFileExists() {
		List<CorpusEntry> entries = CorpusEntry.all();
		assertThat(entries.stream().filter(CorpusEntry::generated).map(CorpusEntry::file))
			.containsExactlyInAnyOrderElementsOf(generator.names());
		assertThat(entries).filteredOn((e) -> !e.generated())
			.allSatisfy((e) -> assertThat(CorpusEntry.FOLDER.resolve(e.file())).exists());
		assertThat(entries).hasSizeGreaterThanOrEqualTo(60)
			.allSatisfy((e) -> assertThat(e.fragment()).as(e.file() + ": a fragment that says something")
				.hasSizeGreaterThan(8));
	}

	@Test
	void theTableInTheDocsIsTheManifests() throws IOException {
		CorpusTable.check(CorpusEntry.all(), Path.of("docs/reliability.md"));
	}

	private static void check(CorpusEntry entry) throws IOException {
		Path file = entry.generated() ? generator.generate(entry.file()) : CorpusEntry.FOLDER.resolve(entry.file());
		Path input = file.getFileName().toString().equals("case.yaml") ? file.getParent() : file;
		Path out = Files.createDirectories(work.resolve("out").resolve(entry.file().replaceAll("[^\\w.-]", "_")));
		switch (entry.target()) {
			case "assess" -> assess(entry, input, out, null);
			case "case reader" -> readsWithFact(entry, input);
			case "assess --rules" -> assess(entry, goodCase, out, rulesWith(entry, input));
			case "bills" -> bills(entry, input);
			case "batch archive" -> archive(entry, () -> BatchArchives.unpack(input, batchData(entry)));
			case "batch archive, 50,000-entry limit" ->
				archive(entry, () -> BatchArchives.unpack(input, batchData(entry), 50_000));
			default -> throw new IllegalStateException("unknown target " + entry.target());
		}
		assertThat(out).isEmptyDirectory();
	}

	private static void assess(CorpusEntry entry, Path input, Path out, Path rules) {
		if (rules == null) {
			readerRaisesOnlyInputExceptions(entry, () -> CaseFileReader.read(input));
		}
		List<String> args = new ArrayList<>(
				List.of("assess", input.toString(), "-o", out.resolve("opinion.txt").toString()));
		if (rules != null) {
			args.addAll(List.of("--rules", rules.toString()));
		}
		CommandRun run = cli(args.toArray(String[]::new));
		assertOutcome(entry, run, (rules != null) ? "hostile/" + entry.fileName() : entry.fileName());
	}

	private static void readsWithFact(CorpusEntry entry, Path input) {
		CaseFile read = CaseFileReader.read(input);
		assertThat(read.legalCase() + " " + read.derivedFacts()).as(entry.file()).contains(entry.fragment());
	}

	private static Path batchData(CorpusEntry entry) {
		return work.resolve("batch-data").resolve(entry.fileName());
	}

	private static void archive(CorpusEntry entry, org.assertj.core.api.ThrowableAssert.ThrowingCallable unpack)
			throws IOException {
		Path data = batchData(entry);
		Throwable thrown = catchThrowable(unpack);
		if (entry.outcome().equals("unpacked")) {
			assertThat(thrown).as(entry.file()).isNull();
			try (Stream<Path> files = Files.walk(data)) {
				assertThat(files.filter(Files::isRegularFile).count() + " files unpacked").contains(entry.fragment());
			}
			return;
		}
		assertThat(thrown).as(entry.file()).isInstanceOf(InputException.class);
		assertThat(thrown.getMessage()).contains(entry.fileName()).contains(entry.fragment());
		if (Files.exists(data)) {
			try (Stream<Path> files = Files.walk(data)) {
				assertThat(files.filter(Files::isRegularFile).toList()).as("nothing half-unpacked").isEmpty();
			}
		}
	}

	private static void bills(CorpusEntry entry, Path input) {
		readerRaisesOnlyInputExceptions(entry, () -> BillReader.read(input));
		assertOutcome(entry, cli("bills", input.toString()), entry.fileName());
	}

	private static void readerRaisesOnlyInputExceptions(CorpusEntry entry, Runnable read) {
		Throwable thrown = catchThrowable(read::run);
		if (thrown != null) {
			assertThat(thrown).as(entry.file()).isInstanceOf(InputException.class);
		}
	}

	private static void assertOutcome(CorpusEntry entry, CommandRun run, String located) {
		String said = run.err() + run.out();
		assertThat(run.exit()).as(entry.file() + " said: " + said).isEqualTo(entry.exitCode());
		assertThat(said).as(entry.file()).contains(entry.fragment());
		if (entry.exitCode() != 0) {
			assertThat(run.err()).as(entry.file()).startsWith("error: ").contains(located).doesNotContain("\tat ");
		}
	}

	private static Path rulesWith(CorpusEntry entry, Path drl) throws IOException {
		Path rules = work.resolve("rules").resolve(entry.fileName());
		RulesFixture.copyTree(rulesTemplate, rules);
		Files.createDirectories(rules.resolve("hostile"));
		Files.copy(drl, rules.resolve("hostile").resolve(entry.fileName()));
		return rules;
	}

	private static CommandRun cli(String... args) {
		return CommandRun.of(args);
	}

}
