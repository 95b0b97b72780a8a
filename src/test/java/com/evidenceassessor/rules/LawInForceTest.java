package com.evidenceassessor.rules;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.AppliedInstrument;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.report.HtmlRenderer;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.report.TextRenderer;
import com.evidenceassessor.rulebook.RulesFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law in force on the case's date selects the rules, and the opinion names the regime
 * and the version of each instrument it applied.
 */
class LawInForceTest {

	private static RuleSet ruleSet;

	@BeforeAll
	static void load() {
		ruleSet = RuleSetLoader.load(Path.of("rules"));
	}

	@Test
	void aCaseDated2018IsAssessedUnderThe2001ProvisionsAndItsOpinionSaysSo() {
		Opinion opinion = assess("2018-06-01");
		assertThat(opinion.stamp().regime()).extracting(AppliedInstrument::id)
			.contains("spc-evidence-2001", "spc-cpl-interpretation", "wechat-practice")
			.doesNotContain("spc-evidence-2019", "internet-court-2018", "online-litigation-2021");
		assertThat(opinion.stamp().regime()).filteredOn(i -> i.id().equals("spc-cpl-interpretation"))
			.singleElement()
			.satisfies(i -> assertThat(i.document()).isEqualTo("法释〔2015〕5号"));
		assertThat(opinion.stamp().regime()).filteredOn(i -> i.id().equals("electronic-signature-law"))
			.singleElement()
			.satisfies(i -> assertThat(i.document() + " " + i.inForce()).isEqualTo("2015年4月24日修正 2015-04-24"));
		assertThat(opinion.items().get(0).reasons()).extracting(Opinion.Reason::ruleId)
			.contains("spc-evidence-2001/9-1-6.notarised")
			.doesNotContain("spc-evidence-2019/94-2.notarised");
		assertThat(opinion.items().get(0).reasons()).filteredOn(r -> r.ruleId().startsWith("spc-cpl-interpretation/"))
			.allSatisfy(r -> assertThat(r.fullCitation()).contains("法释〔2015〕5号"));

		StringWriter text = new StringWriter();
		new TextRenderer(Lang.ZH, new PrintWriter(text)).render(opinion);
		assertThat(text.toString()).contains("本意见援引的规范（所适用的版本及其施行期间）")
			.contains("《最高人民法院关于民事诉讼证据的若干规定》法释〔2001〕33号（2002-04-01–2020-04-30）")
			.as("a superseded version shows its last day")
			.contains("法释〔2015〕5号（2015-02-04–2020-12-31）")
			.as("practice is named apart from the law, with no period in force")
			.contains("律师实务要点）》（实务指引，非法律或司法解释）")
			.doesNotContain("法释〔2019〕19号");
		assertThat(opinion.stamp().cited()).as("only what a reason cites is listed; the stamp keeps the whole regime")
			.extracting(AppliedInstrument::id)
			.doesNotContain("private-lending-2020", "betrothal-gifts-2024")
			.last()
			.isEqualTo("wechat-practice");
		assertThat(opinion.stamp().regime()).extracting(AppliedInstrument::id).contains("private-lending-2020");
		Opinion loan = Assessor.of(ruleSet)
			.assess(CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer")), Assessor.Options.SCORES_ONLY);
		assertThat(loan.stamp().cited()).as("the chain's sources cite the private-lending provisions")
			.extracting(AppliedInstrument::id)
			.contains("private-lending-2020");
		assertThat(HtmlRenderer.render(opinion, Lang.EN)).contains("法释〔2001〕33号").doesNotContain("法释〔2019〕19号");
	}

	@Test
	void whatAChainLinkSaysToGatherNamesItsProvisionsInTheOpinionsHead() {
		// review round 48 (syn-55129-00008): 买卖合同解释第一条 was cited in what to
		// gather, and the head did not say which text
		Opinion sale = Assessor.of(ruleSet)
			.assess(CaseFileReader.read(Path.of("cases/sale-of-goods-deposit")), Assessor.Options.SCORES_ONLY);
		assertThat(sale.stamp().cited()).filteredOn(i -> i.id().equals("spc-sale-contract-interpretation"))
			.singleElement()
			.satisfies(i -> assertThat(i.document()).isEqualTo("法释〔2020〕17号"));
		Opinion overtime = Assessor.of(ruleSet)
			.assess(CaseFileReader.read(Path.of("cases/labour-overtime-late-night-reports")),
					Assessor.Options.SCORES_ONLY);
		assertThat(overtime.stamp().cited()).extracting(AppliedInstrument::id)
			.contains("molss-labour-relation-notice-2005");
	}

	@Test
	void aCaseDatedAfter2020IsAssessedUnderThe2019Text() {
		Opinion opinion = assess("2024-06-01");
		assertThat(opinion.stamp().regime()).extracting(AppliedInstrument::id)
			.contains("spc-evidence-2019", "internet-court-2018", "online-litigation-2021")
			.doesNotContain("spc-evidence-2001");
		assertThat(opinion.stamp().regime()).filteredOn(i -> i.id().equals("spc-cpl-interpretation"))
			.singleElement()
			.satisfies(i -> {
				assertThat(i.document()).isEqualTo("法释〔2022〕11号");
				assertThat(i.inForce()).as("the day the version applied came into force").hasToString("2022-04-10");
				assertThat(i.bookTitle()).isEqualTo("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》");
			});
		assertThat(opinion.items().get(0).reasons()).extracting(Opinion.Reason::ruleId)
			.contains("spc-evidence-2019/94-2.notarised")
			.doesNotContain("spc-evidence-2001/9-1-6.notarised");
	}

	@Test
	void theRegimesMeetWithoutGapOrOverlap() {
		Instrument old = ruleSet.instruments().get("spc-evidence-2001");
		Instrument current = ruleSet.instruments().get("spc-evidence-2019");
		assertThat(old.until().plusDays(1)).isEqualTo(current.inForce());
		assertThat(old.inForceOn(LocalDate.parse("2020-04-30"))).isTrue();
		assertThat(old.inForceOn(LocalDate.parse("2020-05-01"))).isFalse();
		assertThat(current.inForceOn(LocalDate.parse("2020-05-01"))).isTrue();
		assertThat(ruleSet.instruments().get("spc-cpl-interpretation").documentOn(LocalDate.parse("2021-06-01")))
			.isEqualTo("法释〔2020〕20号");
	}

	@ParameterizedTest
	@CsvSource({ "spc-cpl-interpretation/106.serious-infringement, 民法典第一千零三十三条, 民法总则第一百一十条, 侵权责任法第二条",
			"wechat-practice/identity.agent-not-shown, 民法典第一百七十条, 民法总则第一百七十条, 民法通则第四十三条" })
	void aRuleCitesTheCivilLawInForceOnTheLawDate(String ruleId, String code, String generalProvisions,
			String before2017) {
		RuleInfo rule = rule(ruleId);
		assertThat(rule.citationOn(LocalDate.parse("2022-06-01"), LocalDate.parse("2022-06-01"))).contains(code);
		assertThat(rule.citationOn(LocalDate.parse("2019-06-01"), LocalDate.parse("2019-06-01")))
			.contains(generalProvisions)
			.doesNotContain("民法典");
		assertThat(rule.citationOn(LocalDate.parse("2016-06-01"), LocalDate.parse("2016-06-01"))).contains(before2017)
			.doesNotContain("民法总则", "民法典");
	}

	@ParameterizedTest
	@CsvSource({ "spc-cpl-interpretation/106.serious-infringement, 民法典第一千零三十三条, 民法总则第一百一十条",
			"wechat-practice/identity.agent-not-shown, 民法典第一百七十条, 民法总则第一百七十条" })
	void aRuleCitesSubstantiveLawByTheDayOfTheFactsItJudges(String ruleId, String code, String generalProvisions) {
		// review round 42 (syn-52391-00016): a supervisor's acts of 2020, heard in 2021
		RuleInfo rule = rule(ruleId);
		assertThat(rule.citationOn(LocalDate.parse("2021-10-22"), LocalDate.parse("2020-10-13")))
			.contains(generalProvisions)
			.doesNotContain("民法典");
		assertThat(rule.citationOn(LocalDate.parse("2021-10-22"), null)).contains(code);
		// the procedural provisions beside it still follow the hearing
		assertThat(rule("wechat-practice/identity.agent-not-shown").citationOn(LocalDate.parse("2020-06-01"),
				LocalDate.parse("2021-06-01")))
			.contains("民法典第一百七十条")
			.contains("证据规定第八十七条");
	}

	@Test
	void aPracticeRuleCitesThePrivateLendingProvisionsByTheNumberingOfTheLawDate() {
		RuleInfo rule = rule("wechat-practice/payment.note-says-not-a-loan");
		assertThat(rule.citationOn(LocalDate.parse("2021-06-01"), LocalDate.parse("2021-06-01")))
			.contains("民间借贷规定第十六条");
		assertThat(rule.citationOn(LocalDate.parse("2020-11-10"), LocalDate.parse("2020-11-10"))).contains("民间借贷规定第十七条")
			.doesNotContain("第十六条");
	}

	@Test
	void theBetrothalGiftsPurposeStandardIsCitedAsTheLawStoodOnTheLawDate() {
		RuleInfo rule = rule("wechat-practice/betrothal.note-says-betrothal-gift");
		assertThat(rule.citationOn(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-01")))
			.contains("彩礼规定第三条第一款");
		assertThat(rule.citationOn(LocalDate.parse("2022-05-01"), LocalDate.parse("2022-05-01")))
			.contains("民法典婚姻家庭编解释（一）第五条")
			.doesNotContain("彩礼规定");
		assertThat(rule.citationOn(LocalDate.parse("2020-06-01"), LocalDate.parse("2020-06-01")))
			.contains("婚姻法解释（二）第十条")
			.doesNotContain("彩礼规定", "民法典");
	}

	@Test
	void theSanctionForFalseEvidenceIsCitedByTheCivilProcedureLawNumberingOfTheLawDate() {
		RuleInfo rule = rule("spc-evidence-2019/98-2.own-copy-edited");
		assertThat(rule.citationOn(LocalDate.parse("2021-06-01"), LocalDate.parse("2021-06-01")))
			.contains("民事诉讼法第一百一十一条第一款第（一）项")
			.doesNotContain("第一百一十四条");
		assertThat(rule.citationOn(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-01-01")))
			.contains("民事诉讼法第一百一十四条第一款第（一）项")
			.doesNotContain("第一百一十一条");
		assertThat(rule.citationEnOn(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-01")))
			.endsWith("Civil Procedure Law Art. 114(1)(i)");
		assertThat(rule.reasonZh()).doesNotContain("第一百一十一条", "第一百一十四条");
	}

	@Test
	void practiceGuidanceCitesTheEvidenceProvisionsACaseHeardBefore2020HadThen() {
		java.util.List<String> before = assess("2018-06-01").items()
			.get(0)
			.reasons()
			.stream()
			.map(Opinion.Reason::citation)
			.filter(c -> c.startsWith("实务指引"))
			.toList();
		assertThat(before).anySatisfy(c -> assertThat(c).contains("证据规定（2001）第六十五条第（二）项"))
			.noneSatisfy(c -> assertThat(c).contains("证据规定第八十七条"));
		assertThat(assess("2024-06-01").items().get(0).reasons()).extracting(Opinion.Reason::citation)
			.anySatisfy(c -> assertThat(c).startsWith("实务指引").contains("证据规定第八十七条第（二）项"));
		RuleInfo rule = RuleSetLoader.load(Path.of("rules")).rule("identity: nothing ties the account to the party");
		assertThat(rule.citationEnOn(LocalDate.parse("2018-06-01"), LocalDate.parse("2018-06-01"))).isEqualTo(
				"Practice guidance (identity); Evidence Provisions (2001) Art. 65(ii), Art. 69(iii) (applied by analogy to electronic data)");
	}

	private static RuleInfo rule(String id) {
		return ruleSet.allRules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	private static Opinion assess(String lawDate) {
		String yaml = RulesFixture.CASE.replace("2018-06-01", lawDate);
		return Assessor.of(ruleSet)
			.assess(CaseFileReader.parse(yaml.getBytes(StandardCharsets.UTF_8), "regime.yaml", false, null),
					Assessor.Options.SCORES_ONLY);
	}

}
