package com.evidenceassessor.assessment;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.EvidenceChain.ChainLink;
import com.evidenceassessor.assessment.Opinion.AppliedInstrument;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.report.HtmlRenderer;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.report.TextRenderer;
import com.evidenceassessor.rules.Instrument;
import com.evidenceassessor.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opinion's head lists the laws its reasons and its evidence chain cite that no rule
 * implements (rules/laws.yaml), each with its own dates, after the rule instruments and
 * before practice guidance.
 */
class CitedLawsTest {

	private final Assessor assessor = Assessor.of(ExampleCases.rules());

	/**
	 * Generated cases (seed 4099) where an action only the case plan takes cites the
	 * Civil Procedure Law's time limit: the 18th case among the first 20.
	 */
	@Test
	void theLawsTheCasePlansTimeLimitsCiteAreListed(@TempDir Path archive) throws IOException {
		int planned = 0;
		for (Path folder : ExampleCases.generated(archive, 20, 4099)) {
			Opinion opinion = this.assessor.assess(CaseFileReader.read(folder));
			if (opinion.summary().plan() == null) {
				continue;
			}
			boolean citesProcedureLaw = opinion.summary()
				.plan()
				.actions()
				.stream()
				.flatMap(a -> Stream.of(a.deadline(), a.afterExpiry()))
				.anyMatch(text -> text != null && text.contains("民事诉讼法第"));
			if (citesProcedureLaw) {
				planned++;
				assertThat(opinion.stamp().cited()).extracting(AppliedInstrument::id)
					.as(folder.getFileName().toString())
					.contains("civil-procedure-law");
			}
		}
		assertThat(planned).as("cases whose plan cites the Civil Procedure Law").isPositive();
	}

	@Test
	void anOldLoanHeardAfterTheCivilCodeListsTheContractLawWithItsDates() throws IOException {
		// the 2017 loan of the 2018 example, heard in 2022: every link cites the law of
		// the
		// loan's day for the duty, and the demand no item shows (the suit is one) the law
		// of the hearing for interrupting limitation
		Opinion opinion = assess(
				read("cases/loan-chat-2018-old-regime").replace("lawDate: \"2018-06-12\"", "lawDate: \"2022-03-15\""));
		assertThat(opinion.summary().chain().links()).extracting(ChainLink::source)
			.satisfiesExactly(agreement -> assertThat(agreement).startsWith("合同法第一百九十六条"),
					delivery -> assertThat(delivery).startsWith("合同法第二百一十条"),
					demand -> assertThat(demand).startsWith("合同法第二百零六条").contains("；民法典第一百九十五条"));
		assertThat(opinion.stamp().cited()).filteredOn(i -> i.id().equals("contract-law"))
			.singleElement()
			.satisfies(law -> {
				assertThat(law.document()).isEqualTo("主席令第十五号");
				assertThat(law.inForce()).hasToString("1999-10-01");
				assertThat(law.until()).as("repealed by the Civil Code").hasToString("2020-12-31");
				assertThat(law.practice()).isFalse();
			});
		assertThat(opinion.stamp().cited()).extracting(AppliedInstrument::id)
			.as("after the rule instruments, before practice guidance")
			.endsWith("civil-code", "contract-law", "wechat-practice")
			.startsWith("spc-evidence-2019");
		assertThat(text(opinion, Lang.ZH)).contains("  · 《中华人民共和国合同法》主席令第十五号（1999-10-01–2020-12-31）\n")
			.contains("  · 《中华人民共和国民法典》主席令第四十五号（2021-01-01–）\n");
		assertThat(text(opinion, Lang.EN)).contains("《中华人民共和国合同法》主席令第十五号（1999-10-01–2020-12-31）");
		assertThat(HtmlRenderer.render(opinion, Lang.ZH)).contains("《中华人民共和国合同法》");
	}

	@Test
	void theExampleHeardIn2018ListsTheLawsItsReasonsAndChainCite() throws IOException {
		Opinion opinion = assess(read("cases/loan-chat-2018-old-regime"));
		assertThat(opinion.items()).flatExtracting(ItemOpinion -> ItemOpinion.reasons())
			.extracting(Opinion.Reason::ruleId)
			.as("no rule of the Electronic Signature Law found anything")
			.noneMatch(id -> id.startsWith("electronic-signature-law/"));
		assertThat(opinion.items()).flatExtracting(ItemOpinion -> ItemOpinion.reasons())
			.extracting(Opinion.Reason::citation)
			.anySatisfy(c -> assertThat(c).contains("电子签名法第八条"))
			.anySatisfy(c -> assertThat(c).endsWith("民事诉讼法第六十九条"));
		assertThat(opinion.stamp().cited()).extracting(AppliedInstrument::id)
			.containsSubsequence("spc-evidence-2001", "electronic-signature-law", "civil-procedure-law", "contract-law",
					"wechat-practice");
		assertThat(text(opinion, Lang.ZH)).contains("  · 《中华人民共和国电子签名法》2015年4月24日修正（2015-04-24–2019-04-22）\n")
			.as("the version in force on the law date")
			.contains("  · 《中华人民共和国民事诉讼法》2017年6月27日修正（2017-07-01–2021-12-31）\n")
			.doesNotContain("民法典》");
	}

	@Test
	void aLawOnlyTheActionsCiteIsListedToo() throws IOException {
		// the time limit for evidence cites 民事诉讼法第六十八条; no reason or chain link of the
		// example does
		Opinion opinion = this.assessor.assess(parse(read("cases/loan-by-wechat-transfer")), Assessor.Options.FULL);
		assertThat(opinion.items()).flatExtracting(ItemOpinion -> ItemOpinion.reasons())
			.extracting(Opinion.Reason::citation)
			.noneMatch(c -> c.contains("民事诉讼法第"));
		assertThat(opinion.items()).flatExtracting(ItemOpinion -> ItemOpinion.remedies())
			.extracting(Opinion.RemedyOption::deadline)
			.anySatisfy(d -> assertThat(d).contains("民事诉讼法第六十八条"));
		assertThat(opinion.stamp().cited()).extracting(AppliedInstrument::id).contains("civil-procedure-law");
	}

	@Test
	void aLawOnlyTheCasePlanCitesIsListedToo() {
		// review round 19 (syn-70913-00017): the case plan's preservation platform cites
		// 互联网法院规定第十一条第二款, which no reason and no item's own action does
		Opinion opinion = this.assessor.assess(
				CaseFileReader.read(Path.of("src/test/resources/cases/cited-only-by-a-plan")), Assessor.Options.FULL);
		assertThat(opinion.summary().plan().actions()).extracting(Opinion.PlannedAction::basis)
			.anySatisfy(basis -> assertThat(basis).contains("互联网法院规定"));
		assertThat(opinion.items()).flatExtracting(Opinion.ItemOpinion::remedies)
			.extracting(Opinion.RemedyOption::basis)
			.noneMatch(basis -> basis.contains("互联网法院规定"));
		assertThat(opinion.stamp().cited()).extracting(AppliedInstrument::id).contains("internet-court-2018");
	}

	@Test
	void theMarriageLawInterpretationDoesNotNameTheMarriageLaw() throws IOException {
		// a bride price paid in 2020 and heard in 2024: the chain cites 婚姻法解释（二）
		String yaml = read("cases/bride-price-red-packets").replace("\"2023-", "\"2020-")
			.replace("\"2024-02-14", "\"2020-02-14");
		Map<String, Instrument> laws = new LinkedHashMap<>(ExampleCases.rules().laws());
		laws.put("marriage-law",
				new Instrument("marriage-law", "中华人民共和国婚姻法", "婚姻法", "Marriage Law of the PRC", null, null,
						java.time.LocalDate.parse("1981-01-01"), java.time.LocalDate.parse("2020-12-31"), null, false,
						null, null, null, null));
		Opinion opinion = Assessor.of(withLaws(ExampleCases.rules(), laws))
			.assess(parse(yaml), Assessor.Options.SCORES_ONLY);
		assertThat(opinion.summary().chain().links()).extracting(ChainLink::source)
			.anySatisfy(source -> assertThat(source).startsWith("婚姻法解释（二）第十条"));
		assertThat(opinion.stamp().cited()).extracting(AppliedInstrument::id)
			.contains("spc-marriage-interpretation-2")
			.doesNotContain("marriage-law");
	}

	@Test
	void aBetrothalGiftGivenBeforeTheCivilCodeAndAskedBackForABreakUpAfterItIsJudgedByOneLaw() throws IOException {
		// review round 18 (syn-51329-00006): the gift given in 2020, the break-up in 2022
		// — the claim arises from the ground for return, so every link cites the Civil
		// Code's interpretation, not the gift's links 婚姻法解释（二）
		String yaml = read("cases/bride-price-red-packets").replace("\"2023-", "\"2020-")
			.replace("\"2024-02-14", "\"2020-02-14")
			.replace("factsToProve:\n", "factsToProve:\n  - id: brokenOff\n    element: returnGround\n") + """
					  - id: E5
					    title: 2022年被告提出分手的聊天记录
					    kind: text
					    chat: private
					    counterparty: defendant
					    time: "2022-03-01T20:00:00"
					    proves: [brokenOff]
					""";
		Opinion opinion = assess(yaml);
		assertThat(opinion.summary().chain().links()).extracting(ChainLink::source)
			.allSatisfy(source -> assertThat(source).doesNotContain("婚姻法解释（二）"))
			.anySatisfy(source -> assertThat(source).startsWith("民法典婚姻家庭编解释（一）第五条（请求返还"));
		// without the break-up dated, each link goes by its own facts: the gift's by 2020
		Opinion undated = assess(yaml.replace("    time: \"2022-03-01T20:00:00\"\n", ""));
		assertThat(undated.summary().chain().links()).extracting(ChainLink::source)
			.anySatisfy(source -> assertThat(source).startsWith("婚姻法解释（二）第十条"));
	}

	@Test
	void aSaleAgreedBeforeTheCivilCodeAndDeliveredAfterItStaysUnderTheContractLaw() throws IOException {
		// review round 19 (syn-70913-00021): the order placed in December 2020, the goods
		// delivered in 2021 — the contract and its performance cite the Contract Law
		// (民法典时间效力规定第一条第二款), not the agreement the one and the delivery the other
		String yaml = read("cases/sale-of-goods-deposit").replace("\"2024-10-", "\"2020-12-")
			.replace("\"2024-11-15", "\"2021-01-15");
		Opinion opinion = assess(yaml);
		assertThat(opinion.summary().chain().links()).filteredOn(l -> !l.supporting())
			.extracting(ChainLink::source)
			.allSatisfy(source -> assertThat(source).startsWith("合同法").doesNotContain("民法典"));
	}

	@Test
	void theLabourContractLawDoesNotNameTheContractLaw() throws IOException {
		Opinion opinion = assess(read("cases/labour-overtime-group-chat"));
		assertThat(opinion.summary().chain().links()).extracting(ChainLink::source)
			.anySatisfy(source -> assertThat(source).contains("劳动合同法第三十一条"));
		assertThat(opinion.stamp().cited()).extracting(AppliedInstrument::id)
			.contains("labour-law", "labour-contract-law", "spc-labour-interpretation-1")
			.doesNotContain("contract-law");
	}

	@Test
	void aNonPartysMessageIn2019CitesTheWitnessArticlesOfThe2001TextNotTheirLaterNumber() {
		Opinion opinion = assess("""
				id: c
				causeOfAction: privateLending
				lawDate: "2019-06-01"
				parties:
				  - { id: plaintiff, role: plaintiff, client: true }
				  - { id: defendant, role: defendant }
				items:
				  - { id: E1, kind: text, chat: private }
				""");
		assertThat(opinion.items().get(0).reasons())
			.filteredOn(r -> r.ruleId().equals("wechat-practice/identity.third-party-message"))
			.singleElement()
			.satisfies(r -> assertThat(r.citation()).contains("证据规定（2001）第五十五条第一款、第六十九条第（五）项").doesNotContain("第六十八条"));
	}

	private Opinion assess(String yaml) {
		return this.assessor.assess(parse(yaml), Assessor.Options.SCORES_ONLY);
	}

	private static CaseFile parse(String yaml) {
		return CaseFileReader.parse(yaml.getBytes(StandardCharsets.UTF_8), "case.yaml", false, null);
	}

	private static String read(String folder) throws IOException {
		return Files.readString(Path.of(folder, "case.yaml"));
	}

	private static String text(Opinion opinion, Lang lang) {
		StringWriter text = new StringWriter();
		new TextRenderer(lang, new PrintWriter(text)).render(opinion);
		return text.toString();
	}

	private static RuleSet withLaws(RuleSet rules, Map<String, Instrument> laws) {
		return new RuleSet(rules.folder(), rules.kieBase(), rules.rules(), rules.instruments(), laws,
				rules.parameters(), rules.remedies(), rules.questions(), rules.hash(), rules.chains(),
				rules.afterExpiry(), rules.madeAfterLimit(), rules.restDays());
	}

}
