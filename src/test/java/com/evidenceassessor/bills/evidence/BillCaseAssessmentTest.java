package com.evidenceassessor.bills.evidence;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.report.TextRenderer;
import com.evidenceassessor.rules.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example loan case with the client's WeChat Pay bills against the same case without
 * them: the transfers the bills record score higher, and the opinion says why.
 */
class BillCaseAssessmentTest {

	private static final Path CASE = Path.of("cases/loan-with-wechat-pay-bill");

	private static Assessor assessor;

	@BeforeAll
	static void loadRules() {
		assessor = Assessor.of(RuleSetLoader.load(Path.of("rules")));
	}

	@Test
	void theLoanTransfersScoreHigherWithMatchingBillRowsAndSayWhy() throws IOException {
		// the case pleads no answer that the transfers repaid another debt, which would
		// admit receiving them whatever the bills say (民诉法解释第九十二条第一款)
		Opinion with = assessor.assess(CaseFileReader.read(CASE));
		Opinion without = assessor.assess(withoutBills());

		for (String id : List.of("E2", "E3")) {
			ItemOpinion transfer = item(with, id);
			ItemOpinion bare = item(without, id);
			assertThat(transfer.score()).as(id + " with bills vs without").isGreaterThan(bare.score());
			assertThat(transfer.dimensions().authenticity()).isGreaterThan(bare.dimensions().authenticity());
			// nothing ties the payee's account to the borrower: the rows confirm the
			// payments, not who received them, so they corroborate nothing
			assertThat(ids(transfer))
				.contains("wechat-practice/bill.row-matches", "wechat-practice/bill.row-in-platform-proof",
						"wechat-practice/identity.not-fixed")
				.doesNotContain("wechat-practice/bill.row-corroborates");
			assertThat(ids(bare)).noneMatch(r -> r.startsWith("wechat-practice/bill."));
			Reason why = reason(transfer, "wechat-practice/bill.row-in-platform-proof");
			assertThat(why.citation()).contains("第九十四条第一款第（二）项");
			assertThat(why.text()).contains("财付通", "交易明细证明");
			assertThat(why.about()).as(id + ": the proof's page and row")
				.singleElement()
				.asString()
				.startsWith("bills/微信支付交易明细证明")
				.containsPattern("\\.pdf p\\.\\d+:\\d+$");
			assertThat(reason(transfer, "wechat-practice/bill.row-matches").about()).hasSize(2);
		}
		assertThat(item(with, "E2").level()).isLessThan(item(without, "E2").level());
		assertThat(with.summary().score()).isGreaterThanOrEqualTo(without.summary().score());
	}

	@Test
	void theNoteTheBillRecordedCountsWhereTheCaseFileGivesNone() {
		ItemOpinion e3 = item(assessor.assess(CaseFileReader.read(CASE)), "E3");

		assertThat(ids(e3)).contains("wechat-practice/bill.row-note-loan")
			.doesNotContain("wechat-practice/payment.note-says-loan");
	}

	@Test
	void eachBillIsAnItemOfItsOwnAndTheProofWeighsMoreThanTheExport() {
		Opinion opinion = assessor.assess(CaseFileReader.read(CASE));
		ItemOpinion proof = item(opinion, "B1");
		ItemOpinion export = item(opinion, "B2");

		assertThat(proof.kind()).isEqualTo("bill");
		assertThat(proof.title()).contains("微信支付交易明细证明");
		assertThat(ids(proof)).contains("wechat-practice/bill.platform-proof", "wechat-practice/bill.period-covers",
				"wechat-practice/bill.records-case-payments");
		assertThat(ids(export)).contains("wechat-practice/bill.own-export", "wechat-practice/bill.totals-agree");
		assertThat(proof.score()).isGreaterThan(export.score());
		// the Tenpay proof is already in the case: the export does not call for it again
		assertThat(export.remedies()).extracting(Opinion.RemedyOption::id).doesNotContain("wechatPayProof");
		assertThat(ids(export)).doesNotContain("wechat-practice/bill.no-platform-proof-yet");
	}

	@Test
	void theSummaryGivesTheNetMoneyFlowWithTheDefendantCountingEachPaymentOnce() {
		Opinion opinion = assessor.assess(CaseFileReader.read(CASE));

		assertThat(opinion.summary().moneyFlows()).singleElement().satisfies(flow -> {
			assertThat(flow.partyId()).isEqualTo("defendant");
			assertThat(flow.paid()).isEqualByComparingTo(new BigDecimal("35000"));
			assertThat(flow.received()).isEqualByComparingTo(new BigDecimal("2000"));
			assertThat(flow.net()).isEqualByComparingTo(new BigDecimal("33000"));
			assertThat(flow.rows()).isEqualTo(3);
		});
		assertThat(opinion.summary().reasons()).extracting(Reason::ruleId)
			.contains("wechat-practice/bill.two-way-flow");
	}

	@Test
	void theBorrowersTransferNotedAsPayingPartBackIsAnAcknowledgementOfTheDebt() {
		// the CSV row carries the note 先还两千; the proof PDF lists the same payment without
		// it
		Opinion opinion = assessor.assess(CaseFileReader.read(CASE));
		assertThat(opinion.summary().moneyFlows()).singleElement()
			.satisfies(flow -> assertThat(flow.repaid()).isEqualByComparingTo(new BigDecimal("2000")));
		assertThat(opinion.summary().reasons()).extracting(Reason::ruleId)
			.contains("wechat-practice/bill.partial-repayment");
		StringWriter text = new StringWriter();
		new TextRenderer(Lang.ZH, new PrintWriter(text)).render(opinion);
		assertThat(text.toString()).contains("收回 2,000.00（其中备注为还款 2,000.00）");
	}

	private static CaseFile withoutBills() throws IOException {
		Path file = CASE.resolve("case.yaml");
		return CaseFileReader.parse(Files.readAllBytes(file), file.toString(), false, null);
	}

	private static ItemOpinion item(Opinion opinion, String id) {
		return opinion.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
	}

	private static List<String> ids(ItemOpinion item) {
		return item.reasons().stream().map(Reason::ruleId).toList();
	}

	private static Reason reason(ItemOpinion item, String ruleId) {
		return item.reasons().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
	}

}
