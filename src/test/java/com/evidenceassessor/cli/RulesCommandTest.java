package com.evidenceassessor.cli;

import java.io.FileInputStream;
import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.rulebook.RulesFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code assessor rules check|test|book|impact} end to end, exit codes and output. */
class RulesCommandTest {

	@TempDir
	Path temp;

	private Path rules;

	@BeforeEach
	void fixture() throws IOException {
		this.rules = RulesFixture.create(Files.createDirectories(this.temp.resolve("rules")));
	}

	@Test
	void checkPassesOnGoodRules() {
		CommandRun run = run("rules", "check", "--rules", this.rules.toString());
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("check passed").contains("2 rules (2 with a scenario");
	}

	@Test
	void checkExitsRulesBrokenOnASyntaxErrorNamingFileAndLine() {
		RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "when\n\t$i : EvidenceItem( custody.notarized",
				"when\n\t$i : EvidenceItem( custody.notarized ((");
		CommandRun run = run("rules", "check", "--rules", this.rules.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.RULES_BROKEN);
		assertThat(run.out()).containsPattern("✗ spc-evidence-2001/art9-notarised\\.drl:\\d+: ");
	}

	@Test
	void checkExitsFailedWhenOnlyConventionsFail() {
		RulesFixture.replace(this.rules, RulesFixture.TESTS_FILE, "notFired: [spc-evidence-2001/9-2.overturned]",
				"notFired: []");
		CommandRun run = run("rules", "check", "--rules", this.rules.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
		assertThat(run.out()).contains("no scenario where it must not fire").contains("check failed: 1 problem(s)");
	}

	@Test
	void testReportsEachScenarioAndASummaryLine() {
		CommandRun run = run("rules", "test", "--rules", this.rules.toString());
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("tests/spc-evidence-2001/art9-notarised.yaml")
			.contains("✓ In 2018 a notarised record is confirmed")
			.contains("2 passed, 0 failed");
	}

	@Test
	void testShowsAFailureWithWhatDidNotHoldWhereAndItsSource() {
		RulesFixture.replace(this.rules, RulesFixture.TESTS_FILE, "item: { custody: { notarized: true } }",
				"item: { custody: { notarized: false } }");
		CommandRun run = run("rules", "test", "--rules", this.rules.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
		assertThat(run.out())
			.contains("✗ In 2018 a notarised record is confirmed  (tests/spc-evidence-2001/art9-notarised.yaml:3)")
			.contains("expected spc-evidence-2001/9-1-6.notarised to fire")
			.contains("source: statute text — 证据规定（2001）第九条")
			.contains("1 passed, 1 failed");
	}

	@Test
	void testCountsAnUnreadableScenarioFileAsAFailureAndRunsTheRest() {
		RulesFixture.write(this.rules, "tests/broken.yaml", "rules: x.drl\nscenarios: [ { name: a, nme: b } ]\n");
		CommandRun run = run("rules", "test", "--rules", this.rules.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
		assertThat(run.out()).contains("cannot read the file: tests/broken.yaml:2").contains("2 passed, 1 failed");
	}

	@Test
	void testWithAPrefixThatMatchesNoFileSaysSo() {
		CommandRun run = run("rules", "test", "--rules", this.rules.toString(), "nothing/");
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.err()).contains("no scenario file").contains("nothing/");
	}

	@Test
	void bookEscapesWhatTheRuleFilesSay() throws IOException {
		RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, " * 第九条 下列事实",
				" * <script>alert('x')</script> & 第九条 下列事实");
		Path book = this.temp.resolve("book.html");
		CommandRun run = run("rules", "book", "--rules", this.rules.toString(), "-o", book.toString());
		assertThat(run.exit()).isZero();
		String html = Files.readString(book);
		assertThat(html).doesNotContain("<script>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 第九条")
			.contains("spc-evidence-2001/9-1-6.notarised")
			.contains("In 2018 a notarised record is confirmed")
			.contains("未与官方文本核对");
	}

	@Test
	void bookRefusesRulesThatDoNotCompile() {
		RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "then\n\tfindings", "then\n\tfindings(");
		CommandRun run = run("rules", "book", "--rules", this.rules.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.RULES_BROKEN);
		assertThat(run.err()).contains("spc-evidence-2001/art9-notarised.drl:");
	}

	@Test
	void impactListsChangedItemsWithTheRulesAndWritesANeutralisedSpreadsheet() throws IOException {
		Path baseline = this.temp.resolve("baseline");
		RulesFixture.copyTree(this.rules, baseline);
		RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "@effect(\"confirmsAuthentic\")",
				"@effect(\"undermines\") @points(\"points.2001.22.originalCarrier\")");
		Path cases = this.temp.resolve("cases");
		RulesFixture.write(cases, "a/case.yaml", RulesFixture.CASE.replace("id: fixture\n",
				"id: \"=HYPERLINK(\\\"http://x\\\")\"\ntitle: notarised chat\n"));
		RulesFixture.write(cases, "b/case.yaml", "id: [not, valid\n");
		Path xlsx = this.temp.resolve("impact.xlsx");
		CommandRun run = run("rules", "impact", "--rules", this.rules.toString(), "--baseline", baseline.toString(),
				cases.toString(), "--xlsx", xlsx.toString());
		assertThat(run.exit()).isZero();
		assertThat(run.out()).as(run.err())
			.contains("1 cases, 1 items assessed; 2 changes")
			.contains("medium → high")
			.contains("50 → 35 (-15) ~spc-evidence-2001/9-1-6.notarised (+0 → -15)")
			.contains("skipped " + cases.resolve("b/case.yaml"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new FileInputStream(xlsx.toFile()))) {
			XSSFSheet sheet = workbook.getSheet("impact");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).startsWith("'=HYPERLINK");
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("E1");
			assertThat(first.getCell(7).getNumericCellValue()).isNegative();
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(workbook.getSheet("skipped").getRow(1).getCell(0).getStringCellValue()).endsWith("case.yaml");
		}
	}

	@Test
	void impactWithPlansListsTheAdviceThatReadsOtherwise() {
		Path changed = this.temp.resolve("changed");
		RulesFixture.copyTree(Path.of("rules"), changed);
		RulesFixture.replace(changed, "chains.yaml", "source: 民法典第六百六十七条；", "source: 民法典第六百六十七条、第六百六十八条；");
		CommandRun run = run("rules", "impact", "--rules", changed.toString(), "--baseline", "rules", "--plans",
				"cases/loan-by-wechat-transfer");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("0 changes", "1 changes to the advice", "(case) chain agreement: basis",
				"→ 民法典第六百六十七条、第六百六十八条；");
	}

	@Test
	void impactRefusesABaselineThatIsNeitherAFolderNorARevision() {
		CommandRun run = run("rules", "impact", "--rules", this.rules.toString(), "--baseline", "v0-nothing",
				this.temp.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.err()).contains("--baseline").contains("not in a git checkout");
	}

	private static CommandRun run(String... args) {
		return CommandRun.of(args);
	}

}
