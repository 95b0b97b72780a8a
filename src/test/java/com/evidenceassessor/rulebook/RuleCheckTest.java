package com.evidenceassessor.rulebook;

import java.nio.file.Path;
import java.util.List;

import com.evidenceassessor.rules.RuleProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rules check} on real rule files broken the ways a lawyer's edit breaks them. */
class RuleCheckTest {

	@TempDir
	Path folder;

	@BeforeEach
	void fixture() {
		RulesFixture.create(this.folder);
	}

	@Test
	void theFixturePassesEveryCheck() {
		CheckReport report = RuleCheck.run(this.folder);
		assertThat(report.broken()).isEmpty();
		assertThat(report.problems()).isEmpty();
		assertThat(report.figures().rules()).isEqualTo(2);
		assertThat(report.figures().rulesFullyTested()).isEqualTo(2);
		assertThat(report.figures().provisionsModelled()).isEqualTo(1);
	}

	@Test
	void aSyntaxErrorIsReportedWithFileAndLine() {
		RulesFixture.replace(this.folder, RulesFixture.RULE_FILE, "then\n\tfindings.add(kcontext, $i);\nend",
				"then\n\tfindings.add(kcontext, $i)\nend\nrule oops when then");
		CheckReport report = RuleCheck.run(this.folder);
		assertThat(report.broken()).isNotEmpty()
			.allSatisfy(p -> assertThat(p.file()).isEqualTo(RulesFixture.RULE_FILE))
			.anySatisfy(p -> assertThat(p.line()).isPositive());
	}

	@Test
	void anUnknownFieldIsReportedWithFileAndLine() {
		RulesFixture.replace(this.folder, RulesFixture.RULE_FILE, "custody.notarized == true ||",
				"custody.notarised == true ||");
		CheckReport report = RuleCheck.run(this.folder);
		assertThat(report.broken()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo(RulesFixture.RULE_FILE);
			assertThat(p.line()).isEqualTo(lineOf("custody.notarised"));
			assertThat(p.message()).contains("notarised");
		});
	}

	@Test
	void missingMetadataIsReportedAtTheRule() {
		RulesFixture.replace(this.folder, RulesFixture.RULE_FILE, "@article(\"第九条第二款\")", "");
		CheckReport report = RuleCheck.run(this.folder);
		assertThat(report.broken()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo(RulesFixture.RULE_FILE);
			assertThat(p.line()).isEqualTo(lineOf("rule \"9(2)"));
			assertThat(p.message()).contains("missing @article");
		});
	}

	@Test
	void aTopicWithoutItsEnglishIsReportedAtTheRule() {
		RulesFixture.replace(this.folder, RulesFixture.RULE_FILE, "@article(\"第九条第二款\")",
				"@article(\"（公证：新话题）；第九条第二款\")");
		List<RuleProblem> problems = RuleCheck.run(this.folder).problems();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo(RulesFixture.RULE_FILE);
			assertThat(p.line()).isEqualTo(lineOf("rule \"9(2)"));
			assertThat(p.message()).contains("（公证：新话题）").contains("topicsEn");
		});
	}

	@Test
	void aQuestionAnsweredByAnUnknownRuleIsReported() {
		RulesFixture.write(this.folder, "questions.yaml", """
				- field: custody.notarized
				  kinds: []
				  questionZh: 是否已公证？
				  questionEn: Was it notarised?
				  best: true
				  worst: false
				  answeredBy: [no-such/rule]
				""");
		assertThat(RuleCheck.run(this.folder).problems()).extracting(RuleProblem::toString)
			.anySatisfy(p -> assertThat(p).contains("questions.yaml").contains("'no-such/rule', which is not a rule"));
	}

	@Test
	void aRemedyRuledOutByAnUnknownRuleIsReported() {
		RulesFixture.replace(this.folder, "remedies.yaml", "\nnotarise:\n",
				"\nnotarise:\n  unlessFinding: [no-such/rule]\n");
		assertThat(RuleCheck.run(this.folder).problems()).extracting(RuleProblem::toString)
			.anySatisfy(p -> assertThat(p).contains("remedies.yaml")
				.contains("remedy 'notarise' is ruled out unlessFinding 'no-such/rule', which is not a rule"));
	}

	@Test
	void aRefusalNoCorroborationCuresMayNotReadCorroboration() {
		RulesFixture.replace(this.folder, RulesFixture.RULE_FILE, "@establishes(\"doubt\")",
				"@establishes(\"refusedRegardless\")");
		assertThat(RuleCheck.run(this.folder).problems()).isEmpty();
		RulesFixture.replace(this.folder, RulesFixture.RULE_FILE,
				"$i : EvidenceItem( dispute.rebuttalOverturns == true )",
				"$i : EvidenceItem( dispute.rebuttalOverturns == true, corroboratedBy.isEmpty() )");
		List<RuleProblem> problems = RuleCheck.run(this.folder).problems();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo(RulesFixture.RULE_FILE);
			assertThat(p.message()).contains("establishes refusedRegardless or disproves, but reads corroboratedBy");
		});
	}

	@Test
	void aBareNumberInAConditionIsReportedAtItsLine() {
		RulesFixture.replace(this.folder, RulesFixture.RULE_FILE,
				"$i : EvidenceItem( dispute.rebuttalOverturns == true )",
				"$i : EvidenceItem( dispute.rebuttalOverturns == true, payment.amount > 520 )");
		List<RuleProblem> problems = RuleCheck.run(this.folder).problems();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(lineOf("payment.amount > 520"));
			assertThat(p.message()).contains("520").contains("parameter");
		});
	}

	@Test
	void numbersInStringsCommentsAndNamesAreNotBareNumbers() {
		RulesFixture.replace(this.folder, RulesFixture.RULE_FILE,
				"$i : EvidenceItem( dispute.rebuttalOverturns == true )",
				"$i : EvidenceItem( dispute.rebuttalOverturns == true, id != \"E520\" ) // not 520 days");
		assertThat(RuleCheck.run(this.folder).problems()).isEmpty();
	}

	@Test
	void aParameterWithoutASourceIsReported() {
		RulesFixture.write(this.folder, "parameters/extra.yaml", """
				points.extra:
				  description: "An extra weight"
				  unit: points
				  source: ""
				  lastReviewed: 2026-11-29
				  values: { 2013-01-01: 5 }
				""");
		assertThat(RuleCheck.run(this.folder).problems()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("parameters/extra.yaml");
			assertThat(p.line()).isEqualTo(1);
			assertThat(p.message()).contains("points.extra").contains("no source");
		});
	}

	@Test
	void aRuleWithoutANegativeScenarioIsReported() {
		RulesFixture.replace(this.folder, RulesFixture.TESTS_FILE, "notFired: [spc-evidence-2001/9-2.overturned]",
				"notFired: []");
		assertThat(RuleCheck.run(this.folder).problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("9-2.overturned").contains("must not fire"));
	}

	@Test
	void aRuleFileWithoutATestsFileIsReported() {
		RulesFixture.write(this.folder, RulesFixture.TESTS_FILE, RulesFixture.read(this.folder, RulesFixture.TESTS_FILE)
			.replace("rules: spc-evidence-2001/art9-notarised.drl", "rules: spc-evidence-2001/art9.drl"));
		assertThat(RuleCheck.run(this.folder).problems()).extracting(RuleProblem::message)
			.anySatisfy(m -> assertThat(m).contains("no scenario file tests this rule file"))
			.anySatisfy(m -> assertThat(m).contains("names no rule file"));
	}

	@Test
	void aMalformedScenarioFileIsReportedWithItsLine() {
		RulesFixture.replace(this.folder, RulesFixture.TESTS_FILE, "    expect:\n      fired: [spc-evidence-2001/9-2",
				"    expect:\n      fird: [spc-evidence-2001/9-2");
		assertThat(RuleCheck.run(this.folder).problems()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo(RulesFixture.TESTS_FILE);
			assertThat(p.line()).isPositive();
			assertThat(p.message()).contains("fird");
		});
	}

	@Test
	void aProvisionNeitherModelledNorExcusedAndAnUnknownRuleAreReported() {
		RulesFixture.write(this.folder, "catalogue.yaml", """
				R10:
				  rule: Notarised content shall be confirmed
				  basis: 证据规定（2001）第九条
				  modelledBy: [spc-evidence-2001/9-1-6.notarised, spc-evidence-2001/9-9.nothing]
				R23:
				  rule: The opponent refuses an order to produce
				  basis: 证据规定（2019）第九十五条
				""");
		List<RuleProblem> problems = RuleCheck.run(this.folder).problems();
		assertThat(problems).anySatisfy(p -> {
			assertThat(p.line()).isEqualTo(1);
			assertThat(p.message()).contains("9-9.nothing");
		});
		assertThat(problems).anySatisfy(p -> {
			assertThat(p.line()).isEqualTo(5);
			assertThat(p.message()).contains("R23 has neither");
		});
	}

	@Test
	void theProjectRulesCompileAndKeepTheConventions() {
		CheckReport report = RuleCheck.run(Path.of("rules"));
		assertThat(report.broken()).isEmpty();
		assertThat(report.problems()).extracting(RuleProblem::message)
			.allSatisfy(
					m -> assertThat(m).containsAnyOf("has no scenario where", "no scenario file tests this rule file"));
	}

	private int lineOf(String text) {
		List<String> lines = RulesFixture.read(this.folder, RulesFixture.RULE_FILE).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(text);
	}

}
