package com.evidenceassessor.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.casefile.CaseYamlFixture;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spreadsheet's item rows name each item's best remedy with the score it reaches and,
 * when the case file gives the end of the time limit for evidence, the day it is due; its
 * case rows say whether the evidence chain is complete and what the case plan reaches.
 */
class SummaryRowsTest {

	@Test
	void theBestRemedyIsDatedWhenTheCaseFileGivesTheEndOfTheTimeLimit() {
		Assessor assessor = Assessor.of(RuleSetLoader.load(Path.of("rules")));
		CaseFile dated = CaseFileReader.read(Path.of("cases/loan-transfer-chat-unidentified-account"));
		Opinion opinion = assessor.assess(dated);
		SummaryRows zh = SummaryRows.of("loan", dated.legalCase(), opinion, "1", null, Lang.ZH);
		SummaryRows en = SummaryRows.of("loan", dated.legalCase(), opinion, "1", null, Lang.EN);
		assertThat(zh.itemRows())
			.anySatisfy(row -> assertThat(row.bestRemedy()).contains(" → ").endsWith("（2025-05-27 前）"));
		assertThat(en.itemRows()).anySatisfy(row -> assertThat(row.bestRemedy()).endsWith(" (by 2025-05-27)"));

		CaseFile undated = CaseFileReader.read(Path.of("cases/voice-only-loan-acknowledgement"));
		SummaryRows rows = SummaryRows.of("voice", undated.legalCase(), assessor.assess(undated), "2", null, Lang.ZH);
		assertThat(rows.itemRows())
			.allSatisfy(row -> assertThat(String.valueOf(row.bestRemedy())).doesNotContain(" 前）"));
	}

	@Test
	void theCaseRowSaysWhatTheChainLacksAndWhatTheCasePlanReaches() {
		Assessor assessor = Assessor.of(RuleSetLoader.load(Path.of("rules")));
		CaseFile brideGifts = CaseFileReader.read(Path.of("cases/bride-price-red-packets"));
		Opinion opinion = assessor.assess(brideGifts);
		SummaryRows.CaseRow zh = SummaryRows.of("b", brideGifts.legalCase(), opinion, "1", null, Lang.ZH).caseRow();
		SummaryRows.CaseRow en = SummaryRows.of("b", brideGifts.legalCase(), opinion, "1", null, Lang.EN).caseRow();

		assertThat(zh.chain()).isEqualTo("不完整，缺少：返还事由");
		assertThat(en.chain()).isEqualTo("incomplete, missing: a ground for return");
		var plan = opinion.summary().plan();
		assertThat(zh.casePlan()).startsWith("→ " + plan.scoreAfter() + " (+" + plan.gain() + ")：")
			.contains(plan.actions().get(0).action() + " [E1]");
		assertThat(en.casePlan()).contains(plan.actions().get(0).actionEn() + " [E1]");

		Opinion scoresOnly = assessor.assess(brideGifts, Assessor.Options.SCORES_ONLY);
		assertThat(SummaryRows.of("b", brideGifts.legalCase(), scoresOnly, "1", null, Lang.ZH).caseRow().casePlan())
			.as("no remedies computed, no plan")
			.isNull();

		CaseFile intrusion = CaseFileReader.read(Path.of("cases/chat-obtained-by-intrusion"));
		Opinion held = assessor.assess(intrusion);
		assertThat(held.summary().plan().actions()).as("the example's items' plans leave the case where it is")
			.isEmpty();
		assertThat(SummaryRows.of("i", intrusion.legalCase(), held, "3", null, Lang.EN).caseRow().casePlan())
			.isEqualTo("none of the items' plans raises the case score");

		CaseFile loan = CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer"));
		assertThat(SummaryRows.of("l", loan.legalCase(), assessor.assess(loan), "2", null, Lang.ZH).caseRow().chain())
			.isEqualTo("各环节均有证据");
	}

	@Test
	void theWeakestFactIsTheChainsWeakestNotAnAdmittedFactWithNoItem() {
		Assessor assessor = Assessor.of(RuleSetLoader.load(Path.of("rules")));
		CaseFile labour = CaseFileReader.read(Path.of("cases/labour-overtime-group-chat"));
		Opinion opinion = assessor.assess(labour);
		String weakest = SummaryRows.of("w", labour.legalCase(), opinion, "1", null, Lang.ZH).caseRow().weakestFact();
		assertThat(weakest).as("the admitted employment has no item, yet needs no proof")
			.doesNotContain("被告答辩状予以承认")
			.endsWith("(" + opinion.summary().score() + ")");
	}

	@Test
	void aLinkWhoseOnlyItemsAreUnusableIsSaidToHaveNoUsableEvidence() {
		Assessor assessor = Assessor.of(RuleSetLoader.load(Path.of("rules")));
		CaseFile caseFile = CaseFileReader.parse((CaseYamlFixture.twoParties("x", "privateLending", "2025-01-10")
				+ """
						factsToProve:
						  - { id: F1, element: loanAgreed }
						  - { id: F2, element: moneyDelivered }
						items:
						  - { id: E1, kind: text, counterparty: defendant, proves: [F1], acquisition: { obtainedBy: intrusion } }
						""")
			.getBytes(StandardCharsets.UTF_8), "case.yaml", false, null);
		Opinion opinion = assessor.assess(caseFile);
		SummaryRows.CaseRow zh = SummaryRows.of("x", caseFile.legalCase(), opinion, "1", null, Lang.ZH).caseRow();
		SummaryRows.CaseRow en = SummaryRows.of("x", caseFile.legalCase(), opinion, "1", null, Lang.EN).caseRow();
		assertThat(zh.chain()).isEqualTo("不完整，缺少：借贷合意（没有可采的证据）、款项交付");
		assertThat(en.chain())
			.isEqualTo("incomplete, missing: the agreement to lend (no usable evidence), delivery of the money");
	}

}
