package com.evidenceassessor.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.evidenceassessor.casefile.CaseYamlFixture;
import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.EvidenceChain;
import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.PlanStep;
import com.evidenceassessor.assessment.Opinion.RemedyOption;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.rules.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terminal and the HTML page show the plan, the questions and the evidence chain with
 * its weakest link, in both languages.
 */
class PlanRenderingTest {

	/** The rules compiled once for the whole class. */
	private static Assessor assessor;

	private static Opinion loan;

	/**
	 * The borrower's answer in loan-by-wechat-transfer that the transfer repaid another
	 * debt.
	 */
	private static final String DEFENCE = "defences:\n  repaymentOfOtherDebt: true\n  evidenceProvided: false\n";

	private static Opinion voice;

	@BeforeAll
	static void assess() {
		assessor = Assessor.of(RuleSetLoader.load(Path.of("rules")));
		loan = assessor.assess(CaseFileReader.read(Path.of("cases/loan-transfer-chat-unidentified-account")));
		voice = assessor.assess(CaseFileReader.read(Path.of("cases/voice-only-loan-acknowledgement")));
	}

	@Test
	void theTerminalShowsTheChainThePlanAndTheQuestions() {
		String zh = text(loan, Lang.ZH);
		assertThat(zh).contains("证据链（民间借贷纠纷）: 各环节均有证据", "✓ 借贷合意", "最薄弱环节: 借贷合意 — F1: E1 关联性", "组合方案:",
				"案件整体补强方案（各证据补强方案合并后所需的行动）:", "需向当事人核实的问题（按影响排序）:", "案件评分区间（待核实事实）:");
		String en = text(voice, Lang.EN);
		assertThat(en).contains(
				"Evidence chain (Private lending): incomplete — missing: the agreement to lend, "
						+ "delivery of the money",
				"weakest link: the agreement to lend — no evidence yet", "standing alone 70",
				"debtAcknowledged: E1 relevance 45 — Nothing yet shows the account belongs to",
				"deadline: File it before the time limit for evidence expires (证据规定 Art. 51)");
	}

	@Test
	void aCombinedPlanSaysWhatItsScoreTakesForGrantedAfterItsSteps() {
		Opinion opinion = assessor.assess(CaseFileReader.read(Path.of("cases/loan-evidence-files")));
		List<Opinion.RemedyPlan> plans = opinion.items()
			.stream()
			.map(ItemOpinion::plan)
			.filter(p -> p != null && p.steps().size() > 1 && Labels.planAssumes(p.steps(), Lang.ZH) != null)
			.toList();
		assertThat(plans).as("a combined plan of the example takes something for granted").isNotEmpty();
		String zh = text(opinion, Lang.ZH);
		String html = HtmlRenderer.render(opinion, Lang.ZH);
		for (Opinion.RemedyPlan plan : plans) {
			String assumed = Labels.planAssumes(plan.steps(), Lang.ZH);
			assertThat(zh).as("printed on its own line after the steps").contains("）\n      " + assumed + "\n");
			assertThat(html).contains(" · " + assumed);
		}
	}

	@Test
	void eachCasePlanActionNamesTheProvisionThatMakesItCount() {
		Opinion opinion = assessor.assess(CaseFileReader.read(Path.of("cases/sale-of-goods-deposit")));
		List<Opinion.PlannedAction> actions = opinion.summary().plan().actions();
		assertThat(actions).isNotEmpty().allSatisfy(a -> assertThat(a.basis()).isNotBlank());
		String zh = text(opinion, Lang.ZH);
		String casePlan = zh.substring(zh.indexOf("案件整体补强方案"));
		String html = HtmlRenderer.render(opinion, Lang.ZH);
		String htmlPlan = html.substring(html.indexOf("id=\"case-plan\""));
		for (Opinion.PlannedAction action : actions) {
			// the remedy's own basis, as each item's list of actions gives it
			RemedyOption same = opinion.items()
				.stream()
				.flatMap(i -> i.remedies().stream())
				.filter(r -> r.id().equals(action.id()))
				.findFirst()
				.orElse(null);
			if (same != null) {
				assertThat(action.basis()).isEqualTo(same.basis());
			}
			assertThat(casePlan).contains("依据: " + action.basis());
			assertThat(htmlPlan).contains("依据: " + action.basis());
		}
	}

	@Test
	void aFactThatNeedsNoCorroborationCitesTheArticleOfTheCasesEvidenceRegime() {
		Opinion old = assessor.assess(CaseFileReader.read(Path.of("cases/loan-chat-2018-old-regime")));
		assertThat(text(old, Lang.ZH)).contains("无需补强（不属于证据规定（2001）第六十九条不能单独作为认定依据的情形").doesNotContain("第九十条不能单独");
		assertThat(HtmlRenderer.render(old, Lang.EN))
			.contains("not among the items Art. 69 of the 2001 Provisions bars");
		Opinion current = assessor.assess(CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer")));
		assertThat(text(current, Lang.ZH)).contains("无需补强（不属于第九十条不能单独作为认定依据的情形");
	}

	@Test
	void underTheScoreAnIncompleteChainSaysWhatItLacksAndWhatTheScoreMeans() {
		String caveat = "the evidence chain is incomplete (missing: the agreement to lend, delivery of the money): "
				+ "the score rates the evidence offered, not whether the claim is proved";
		assertThat(text(voice, Lang.EN)).contains("⚠ " + caveat);
		assertThat(HtmlRenderer.render(voice, Lang.EN)).contains(caveat);
		assertThat(text(voice, Lang.ZH)).contains("⚠ 证据链不完整（缺少：借贷合意、款项交付）");
		assertThat(text(voice, Lang.EN)).contains("evidence to look for: An IOU, a signed acknowledgement");
		assertThat(HtmlRenderer.render(voice, Lang.ZH)).contains("可补充的证据: 银行流水");
		assertThat(text(loan, Lang.EN)).doesNotContain("the evidence chain is incomplete");
	}

	@Test
	void anAdmittedFactSaysItNeedsNoProofWithItsArticleAndWhenItStopsBinding() {
		Opinion labour = assessor.assess(CaseFileReader.read(Path.of("cases/labour-overtime-group-chat")));
		String zh = text(labour, Lang.ZH);
		assertThat(zh).contains("✓ 劳动关系 ← employed (90, 低风险)（对方自认）", "对方已在诉讼中自认，无需举证证明（民诉法解释第九十二条第一款", "法院准许的（证据规定第九条）",
				"最薄弱环节: 劳动关系 — employed: 对方已自认，无需举证证明");
		// the fact rests on the admission, not on an item that stands alone
		String employed = zh.substring(zh.indexOf("· employed"), zh.indexOf("· overtimeInstructed"));
		assertThat(employed).doesNotContain("无需补强");
		assertThat(HtmlRenderer.render(labour, Lang.EN))
			.contains("the opponent has admitted it in the proceedings, so it needs no proof (Civil Procedure Law "
					+ "Interpretation Art. 92(1)", "admitted by the opponent, needs no proof");
	}

	@Test
	void aWeakestLinkSaysWhyInTheReadersLanguage() {
		String en = text(loan, Lang.EN);
		assertThat(en).contains("weakest link: the agreement to lend — F1: E1 relevance 35 — Nothing yet shows")
			.contains("(Practice guidance");
		Opinion strong = assessor.assess(CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer")));
		assertThat(text(strong, Lang.EN)).contains("loanAgreed: E1 relevance 85 — nothing holds it down")
			.doesNotContain("relevance 85 — nothing weakens it, but little supports it yet");
	}

	@Test
	void theChineseTerminalAndReportNameKindsAndPlanStepsInChinese() {
		Opinion dated = assessor.assess(CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer")));
		String zh = text(dated, Lang.ZH);
		assertThat(zh).contains("── 证据 E1 [文字]", "── 证据 E2 [转账]").doesNotContain("[text]", "showOnDevice");
		Opinion stepped = assessor.assess(CaseFileReader.read(Path.of("cases/bride-price-red-packets")));
		assertThat(text(stepped, Lang.ZH)).contains("（逐步：① → 90 · ①+② → 95）").doesNotContain("showOnDevice");
		assertThat(text(stepped, Lang.EN)).contains("(step by step: (1) → 90 · (1)+(2) → 95)");
		assertThat(HtmlRenderer.render(dated, Lang.ZH)).contains("证据 E1 · 文字 · ", "<th>类型</th>")
			.doesNotContain("· text ·");
		assertThat(HtmlRenderer.render(dated, Lang.EN)).contains("Item E1 · text · ");
		assertThat(text(dated, Lang.EN)).contains("── Item E1 [text]",
				"basis: Civil Code Art. 679 (a loan between natural persons is formed when the lender provides the money)");
	}

	@Test
	void theTerminalAndTheReportGiveEachActionsLegalBasis() {
		RemedyOption cited = loan.items()
			.stream()
			.flatMap(item -> item.remedies().stream())
			.filter(remedy -> remedy.basis() != null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no action in the example cites its basis"));
		assertThat(text(loan, Lang.ZH)).contains("依据: " + cited.basis());
		assertThat(text(loan, Lang.EN)).contains("basis: " + cited.basis());
		assertThat(HtmlRenderer.render(loan, Lang.ZH)).contains("依据: " + cited.basis());
	}

	@Test
	void aPlansStepsAreMarkedOnTheirLineAndNamedByTheirMarksWhetherOrNotListedAlone() {
		Opinion labour = assessor.assess(CaseFileReader.read(Path.of("cases/labour-overtime-group-chat")));
		ItemOpinion order = labour.items().stream().filter(i -> i.id().equals("E3")).findFirst().orElseThrow();
		List<String> listed = order.remedies().stream().map(RemedyOption::id).toList();
		List<PlanStep> steps = order.plan().steps();
		PlanStep unlisted = steps.stream()
			.filter(step -> !listed.contains(step.id()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the example's plan for E3 no longer has a step outside its list"));
		String mark = "①②③④⑤".substring(steps.indexOf(unlisted), steps.indexOf(unlisted) + 1);
		String zh = text(labour, Lang.ZH);
		assertThat(zh).contains(mark + " " + unlisted.action() + " ").doesNotContain("+0 → ");
		assertThat(zh).as("an action's words are given once, on the plan line").doesNotContain("+“");
		assertThat(text(labour, Lang.EN)).contains("(" + (steps.indexOf(unlisted) + 1) + ") " + unlisted.actionEn());
	}

	@Test
	void aCasePlanHeldAtZeroByAFactWithNoEvidenceSaysSo() {
		Opinion bare = assessor.assess(CaseFileReader.read(Path.of("cases/loan-transfer-only-repayment-defence")));
		String blocked = "no usable evidence is offered yet for F1 (none at all, or only items excluded, found "
				+ "tampered with, or found not to match their original): strengthening the other items cannot raise "
				+ "the case score until evidence is offered for it";
		assertThat(text(bare, Lang.EN)).contains("⚠ " + blocked);
		assertThat(HtmlRenderer.render(bare, Lang.EN)).contains(blocked);
		assertThat(text(loan, Lang.EN)).doesNotContain("no usable evidence is offered yet for");
	}

	@Test
	void aCasePlanThatCannotRaiseTheCaseListsNoActionAndNamesTheWeakestLink(@TempDir Path dir) throws IOException {
		// the transfer (E2) is already fixed on a preservation platform and the chat (E1)
		// is tied to the borrower by the admission of the account: nothing is left to do
		// for either, and the case is held by them, the first (E1) named, however the
		// other items are strengthened
		String caseFile = Files.readString(Path.of("cases/loan-by-wechat-transfer/case.yaml"));
		int e2 = caseFile.indexOf("  - id: E2");
		// without the borrower's repayment defence, which would admit the transfer
		String preserved = caseFile.substring(0, e2).replace(DEFENCE, "") + caseFile.substring(e2)
			.replaceFirst("      shownInCourt: true\n", "      shownInCourt: true\n      preservationPlatform: true\n");
		Files.writeString(dir.resolve("case.yaml"), preserved);
		Opinion held = assessor.assess(CaseFileReader.read(dir));
		assertThat(held.summary().plan().gain()).isZero();
		assertThat(held.summary().plan().actions()).isEmpty();
		// the case is already at low risk: the note says so, and is no warning
		assertThat(held.summary().level()).isEqualTo(Level.LOW);
		String heldEn = "the case is already at low risk and none of the items' plans raises its score further: "
				+ "no action raises the evidence at the weakest link (the agreement to lend, E1)";
		assertThat(text(held, Lang.EN)).contains("\n  " + heldEn).doesNotContain("⚠ " + heldEn);
		assertThat(HtmlRenderer.render(held, Lang.EN))
			.contains("<p>the case is already at low risk", "(the agreement to lend, E1)")
			.doesNotContain("⚠ the case is already");
		assertThat(text(held, Lang.ZH)).contains("案件已属低风险，各证据的补强方案不能再提高案件评分：最薄弱环节（借贷合意, E1）");
		// the same plan for a case at medium risk is a warning
		Opinion.CaseSummary s = held.summary();
		Opinion medium = new Opinion(held.caseId(), held.title(), held.lawDate(), held.stamp(), held.items(),
				new Opinion.CaseSummary(s.score(), Level.MEDIUM, s.itemsByLevel(), s.needsCorroboration(), s.refused(),
						s.excluded(), s.setAside(), s.facts(), s.reasons(), s.moneyFlows(), s.chain(), s.chains(),
						s.plan(), s.planWithout(), s.unknowns(), s.timeLimit()));
		assertThat(text(medium, Lang.EN)).contains("⚠ none of the items' plans raises the case score: it is held by "
				+ "the weakest link (the agreement to lend, E1), and no action raises the evidence there");
		assertThat(HtmlRenderer.render(medium, Lang.EN)).contains("class=\"warn\">⚠ none of the items&#39; plans");
		assertThat(text(held, Lang.ZH)).doesNotContain("依赖对方质证时未提出异议");
		// the same chat credited only because the opponent did not object when it was
		// cross-examined (not shown on the phone): the note says what to do if it objects
		ItemOpinion chat = held.items().get(0);
		List<Opinion.Reason> silentReasons = new java.util.ArrayList<>(
				chat.reasons().stream().filter(r -> !r.ruleId().endsWith("shown-and-matched")).toList());
		silentReasons.add(new Opinion.Reason("wechat-practice/dispute.not-disputed", "", "", "", "authenticity",
				"presumesAuthentic", 0, "", "", List.of()));
		Opinion unobjected = withFirstItemReasons(held, silentReasons);
		assertThat(text(unobjected, Lang.ZH)).contains("最薄弱环节（借贷合意, E1）的证据已没有可提升的行动，但其真实性依赖对方质证时未提出异议",
				"对方日后提出异议的，应及时出示原始载体核对或申请公证固定");
		// the same, its own credits reaching past the floor (a notarised extraction): it
		// does not rest on the silence (review round 50, syn-71293-00001 E3)
		Opinion credited = withFirstItem(held, silentReasons, chat.scoreTrace());
		assertThat(text(credited, Lang.ZH)).doesNotContain("依赖对方质证时未提出异议");
		// the same, its phone lost: it can be neither shown nor notarised (review round
		// 40, syn-27791-00007 E1)
		Opinion gone = withFirstItemReasons(held,
				plus(silentReasons, "spc-cpl-interpretation/111.genuine-difficulty", "procedure"));
		assertThat(text(gone, Lang.ZH)).contains("而原始载体已不在；对方日后提出异议的，应恢复备份（如有）出示原始记录，否则申请法院责令持有该记录的对方提交")
			.doesNotContain("应及时出示原始载体核对或申请公证固定");
		// the same, deleted from the phone but held in a backup: the backup is restored
		// (review round 43, syn-61807-00012 E4)
		Opinion backedUp = withFirstItemReasons(held,
				plus(silentReasons, "wechat-practice/keeping.held-in-backup", "authenticity"));
		assertThat(text(backedUp, Lang.ZH)).contains("而原设备上已没有该记录、只存于备份中；对方日后提出异议的，应将备份恢复到手机当庭出示原始记录核对")
			.doesNotContain("应及时出示原始载体核对或申请公证固定")
			.doesNotContain("否则申请法院责令");
	}

	/**
	 * The opinion with its first item's reasons replaced; where they include the
	 * opponent's not objecting, its trace says the presumption raised the item.
	 */
	private static Opinion withFirstItemReasons(Opinion opinion, List<Opinion.Reason> reasons) {
		boolean silent = reasons.stream().anyMatch(r -> r.ruleId().equals("wechat-practice/dispute.not-disputed"));
		List<String> trace = new java.util.ArrayList<>(opinion.items().get(0).scoreTrace());
		if (silent) {
			trace.add(1,
					"authenticity raised to 75 (scoring.floor.presumption) — wechat-practice/dispute.not-disputed");
		}
		return withFirstItem(opinion, reasons, trace);
	}

	private static Opinion withFirstItem(Opinion opinion, List<Opinion.Reason> reasons, List<String> trace) {
		ItemOpinion first = opinion.items().get(0);
		List<ItemOpinion> items = new java.util.ArrayList<>(opinion.items());
		items.set(0,
				new ItemOpinion(first.id(), first.title(), first.kind(), first.score(), first.level(),
						first.needsCorroboration(), first.dimensions(), reasons, first.remedies(), first.plan(),
						first.planWithout(), first.planIfDeviceGone(), first.unknowns(), trace));
		return new Opinion(opinion.caseId(), opinion.title(), opinion.lawDate(), opinion.stamp(), items,
				opinion.summary());
	}

	/** The reasons with a note of the rule added. */
	private static List<Opinion.Reason> plus(List<Opinion.Reason> reasons, String ruleId, String dimension) {
		List<Opinion.Reason> more = new java.util.ArrayList<>(reasons);
		more.add(new Opinion.Reason(ruleId, "", "", "", dimension, "note", 0, "", "", List.of()));
		return more;
	}

	@Test
	void anItemWhoseActionsRaiseItOnlyTogetherSaysSoUnderItsHeading() throws IOException {
		// a generated case (seed 9191, case 30): the voice message's account is tied by a
		// transfer voucher, which alone gains nothing, and only then can the opponent be
		// ordered to produce the chat
		Opinion together = assessor.assess(CaseFileReader.read(Path.of("src/test/resources/cases/plan-only-together")));
		// (the voice, in dialect, is also offered its transcript, which raises nothing:
		// the note stands over that action too)
		List<Opinion.ItemOpinion> planOnly = together.items()
			.stream()
			.filter(Opinion.ItemOpinion::onlyTogether)
			.toList();
		assertThat(planOnly).isNotEmpty()
			.allSatisfy(i -> assertThat(i.remedies()).allSatisfy(r -> assertThat(r.gain()).isZero()));
		assertThat(text(together, Lang.ZH))
			.containsPattern("庭前补强建议（按提升幅度排序）:\n   （单项行动均不能单独提高评分，须按下面的组合方案一并实施）\n(   .*\n)*   组合方案");
		assertThat(HtmlRenderer.render(together, Lang.EN))
			.contains("no single action raises the score alone: take them together");
		assertThat(text(voice, Lang.ZH)).doesNotContain("单项行动均不能单独提高评分");
	}

	@Test
	void aCaseScoreSetByAFactOutsideTheChainSaysWhichInEveryView() {
		// a generated case (seed 5150, case 33): the seller's unpaid balance, no link of
		// the sale's chain, is weaker than the chain
		Opinion sale = assessor
			.assess(CaseFileReader.read(Path.of("src/test/resources/cases/score-set-outside-chain")));
		assertThat(sale.summary().score()).isLessThan(sale.summary().chain().strength());
		assertThat(text(sale, Lang.ZH)).contains("⚠ 案件评分（" + sale.summary().score() + "）由证据链以外的待证事实 priceUnpaid");
		assertThat(HtmlRenderer.render(sale, Lang.EN)).contains("is set by priceUnpaid");
		assertThat(text(voice, Lang.ZH)).doesNotContain("由证据链以外的待证事实");
	}

	@Test
	void aClaimSetAsideIsNotNamedAsTheLinkThatHoldsTheCase() {
		Opinion opinion = assessor
			.assess(CaseFileReader.read(Path.of("src/test/resources/cases/festival-claim-set-aside")));
		assertThat(opinion.summary().setAside()).containsExactly("festivalGifts");
		// the same opinion with a case plan that cannot raise the case: what holds it is
		// named
		Opinion.CaseSummary s = opinion.summary();
		Opinion held = new Opinion(opinion.caseId(), opinion.title(), opinion.lawDate(), opinion.stamp(),
				opinion.items(),
				new Opinion.CaseSummary(s.score(), s.level(), s.itemsByLevel(), s.needsCorroboration(), s.refused(),
						s.excluded(), s.setAside(), s.facts(), s.reasons(), s.moneyFlows(), s.chain(), s.chains(),
						new Opinion.CasePlan(java.util.List.of(), s.score(), s.level(), 0), null, s.unknowns(),
						s.timeLimit()));
		assertThat(ChainWords.planBlocked(held, Lang.ZH)).contains("案件评分受最薄弱环节（财物给付, E2）限制")
			.doesNotContain("festivalGifts");
	}

	@Test
	void aTransferWithTenpaysEVoucherIsPresumedAuthenticAndNotSentForFixingAgain() {
		Opinion shown = assessor.assess(CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer")));
		Opinion.ItemOpinion transfer = shown.items().get(1);
		// the borrower's answer that it repaid another debt admits receiving it
		// (民诉法解释第九十二条第一款)
		assertThat(transfer.reasons()).extracting(Opinion.Reason::ruleId)
			.contains("wechat-practice/payment.e-voucher",
					"spc-cpl-interpretation/92-1.repayment-defence-admits-receipt");
		assertThat(transfer.score()).isEqualTo(90);
		assertThat(transfer.remedies()).extracting(Opinion.RemedyOption::id)
			.doesNotContain("platformCertificate", "courtPreservation", "wechatPayProof");
		// the demand (E4) is a supporting link: the case rests on the agreement and the
		// delivery
		assertThat(shown.summary().score()).isEqualTo(85);
		assertThat(text(shown, Lang.ZH)).doesNotContain("案件评分受最薄弱环节（款项交付, E2）限制");
	}

	@Test
	void aSumPaidInPartsShowsEachPaymentAndWhatTheFactRestsOn() {
		Opinion gifts = assessor.assess(CaseFileReader.read(Path.of("cases/bride-price-red-packets")));
		int weighted = fact(gifts, "betrothalGiftPaid").strength();
		String weakest = "分笔给付：¥188,000（E1，%d）、¥520（E2，%d）、¥1,314（E3，%d）；各笔均须分别证明，整体按各笔金额加权计（%d）"
			.formatted(score(gifts, "E1"), score(gifts, "E2"), score(gifts, "E3"), weighted);
		assertThat(weighted).as("the red packets of 520 and 1,314 barely move ¥188,000").isEqualTo(score(gifts, "E1"));
		assertThat(text(gifts, Lang.ZH)).contains("      betrothalGiftPaid: " + weakest, "      " + weakest);
		assertThat(HtmlRenderer.render(gifts, Lang.ZH)).contains(weakest);
		assertThat(text(gifts, Lang.EN)).contains(
				"paid in parts: ¥188,000 (E1, " + score(gifts, "E1") + "); ¥520 (E2, ",
				"each payment must be proved, and the whole is rated by the payments weighted by their amounts ("
						+ weighted + ")");
		Opinion bills = assessor.assess(CaseFileReader.read(Path.of("cases/loan-with-wechat-pay-bill")));
		String whole = ("paid in parts: ¥30,000 (E2, %d); ¥5,000 (E3, %d); B1 can prove the whole sum on its own and is "
				+ "no weaker than the payments weighted by their amounts, so the whole is as strong as B1")
			.formatted(score(bills, "E2"), score(bills, "E3"));
		assertThat(text(bills, Lang.EN)).contains(whole);
		assertThat(HtmlRenderer.render(bills, Lang.EN)).contains(whole);
		assertThat(text(bills, Lang.ZH)).contains("；B1 可单独证明全部款项且不弱于各笔按金额加权的结果，整体以 B1 为准");
		assertThat(text(loan, Lang.ZH)).doesNotContain("分笔给付");
		assertThat(HtmlRenderer.render(loan, Lang.EN)).doesNotContain("paid in parts");
	}

	private static EvidenceChain.FactChain fact(Opinion opinion, String fact) {
		return opinion.summary().chains().stream().filter(f -> f.fact().equals(fact)).findFirst().orElseThrow();
	}

	private static int score(Opinion opinion, String item) {
		return opinion.items().stream().filter(i -> i.id().equals(item)).findFirst().orElseThrow().score();
	}

	@Test
	void theCasePlanLeavesOutWhatAnotherItemsPlanMakesUnnecessary() {
		// the e-voucher of the transfer (E2) ties the account to the opponent for every
		// item with it
		assertThat(loan.summary().plan().actions()).extracting(Opinion.PlannedAction::id)
			.contains("transferVoucher")
			.doesNotContain("accountVoucher");
		assertThat(loan.summary().plan().scoreAfter()).isEqualTo(85);
	}

	@Test
	void theHtmlPageShowsTheSameAndEscapesTheCaseFile() {
		String html = HtmlRenderer.render(loan, Lang.ZH);
		assertThat(html).contains("证据链", "最薄弱环节", "组合方案", "需向当事人核实的问题", "class=\"ok\"");
		assertThat(HtmlRenderer.render(voice, Lang.EN)).contains("class=\"gap\"",
				"incomplete — missing: the agreement to lend", "Questions for the client");
		assertThat(html).doesNotContain("<script");
	}

	@Test
	void actionsAreDatedByTheEndOfTheTimeLimitForEvidenceWhenTheCaseFileGivesIt() {
		Opinion dated = assessor.assess(CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer")));
		// the case file gives no preparedOn: the day may have passed, and each date says
		// so
		assertThat(text(dated, Lang.ZH)).contains("期限: 2025-05-30 前（可能已届满，见案件总体评估） · ");
		assertThat(text(dated, Lang.EN))
			.contains("deadline: by 2025-05-30 (it may have passed: see the case summary) · ");
		assertThat(HtmlRenderer.render(dated, Lang.ZH)).contains("2025-05-30 前（可能已届满，见案件总体评估） · ");
		assertThat(text(voice, Lang.ZH)).doesNotContain(" 前 · ", "可能已届满");
	}

	@Test
	void aQuestionThatMattersOnlyTogetherWithOthersSaysSo() {
		assertThat(text(loan, Lang.ZH)).contains("截图是否有编辑、拼接痕迹（字体、对齐、排版异常）？ (单独回答不改变评分；与其他待核实事实合并时影响 20)")
			.contains("对方是否已认可该证据的真实性（如在答辩状、证据交换或庭审中）？ (答“是” 90 / 答“否” 45 · 影响 45)");
		assertThat(HtmlRenderer.render(loan, Lang.EN))
			.contains("alone it changes nothing; together with the other " + "open facts it moves the score by 20");
	}

	@Test
	void aQuestionTheCaseFileAlreadyAnswersIsNotAsked() {
		Opinion dated = assessor.assess(CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer")));
		// E1 was checked against the phone in court: no question about editing its
		// screenshots
		assertThat(dated.items().get(0).unknowns().questions()).extracting(Opinion.OpenQuestion::field)
			.doesNotContain("completeness.editingSigns");
		// E1 of this case is disputed: no question whether the opponent acknowledged it
		assertThat(loan.items().get(0).unknowns().questions()).extracting(Opinion.OpenQuestion::field)
			.doesNotContain("dispute.admittedByOpponent");
	}

	@Test
	void eachScoreIsNamedByTheAnswerThatGivesItWhateverWayTheQuestionIsPut() {
		Opinion dated = assessor.assess(CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer")));
		// "no" is the favourable answer here: no signs of editing
		assertThat(text(dated, Lang.EN))
			.contains("Do the screenshots show signs of editing or splicing (fonts, alignment, layout)? "
					+ "(if no 55 / if yes 30 · swing 25)")
			.contains(
					"Was the record made and kept in the official, unmodified WeChat client (if the device is gone, was it then)? (if yes 60 / if no 35 · swing 25)");
		assertThat(text(dated, Lang.ZH)).contains("截图是否有编辑、拼接痕迹（字体、对齐、排版异常）？ (答“否” 55 / 答“是” 30 · 影响 25)");
		assertThat(HtmlRenderer.render(dated, Lang.EN)).contains("(if no 55 / if yes 30 · swing 25)");
		assertThat(text(loan, Lang.EN)).contains(
				"Does the opponent admit the account is theirs? [E1, E2, E3] (case: if yes 50 / if no 35 · up to 25 on an item)")
			.contains(
					"Were any messages deleted or recalled? [E1] (alone it leaves the case score as it is · up to 10 on an item)");
		assertThat(text(loan, Lang.ZH)).contains("[E1, E2] (案件评分：答“否” 35 / 答“是” 25 · 单项证据最多影响 20)");
		assertThat(HtmlRenderer.render(loan, Lang.EN))
			.contains("[E1, E2, E3] case: if yes 50 / if no 35 · up to 25 on an item");
		Opinion.OpenQuestion how = new Opinion.OpenQuestion("acquisition.obtainedBy", "该证据是如何取得的？",
				"How was the item obtained?", "ownAccountOwnDevice", 80, "intrusion", 0, 80, false);
		assertThat(Labels.questionEffect(how, Lang.EN)).isEqualTo("if favourable 80 / if unfavourable 0 · swing 80");
		assertThat(Labels.questionEffect(how, Lang.ZH)).isEqualTo("有利 80 / 不利 0 · 影响 80");
	}

	private static String text(Opinion opinion, Lang lang) {
		StringWriter out = new StringWriter();
		new TextRenderer(lang, new PrintWriter(out)).render(opinion);
		return out.toString();
	}

	@Test
	void anItemNoRuleInForceAppliesToSaysSoInsteadOfAnEmptyList(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("case.yaml"),
				CaseYamlFixture.twoParties("before-electronic-data", "privateLending", "2012-12-31") + """
						items:
						  - id: E1
						    kind: text
						    counterparty: defendant
						    custody: { form: screenshot, originalDeviceKept: true }
						""");
		Opinion old = assessor.assess(CaseFileReader.read(dir));
		assertThat(old.items().get(0).reasons()).isEmpty();
		assertThat(text(old, Lang.ZH)).contains("理由: （无：本案适用日期施行的规范中，没有规则适用于");
		assertThat(HtmlRenderer.render(old, Lang.EN))
			.contains("(none: no rule in force on the case&#39;s law date applies");
	}

	@Test
	void whatSpeaksForAnItemAnAppraisalFoundTamperedWithCountsForNothing(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("case.yaml"),
				CaseYamlFixture.twoParties("tampered-chat", "privateLending", "2024-03-01") + """
						items:
						  - id: E1
						    kind: text
						    counterparty: defendant
						    custody: { form: screenshot, originalDeviceKept: true, shownInCourt: true }
						    dispute: { authenticityDisputed: true, appraisal: tampered }
						""");
		Opinion tampered = assessor.assess(CaseFileReader.read(dir));
		ItemOpinion item = tampered.items().get(0);
		assertThat(item.reasons()).anySatisfy(r -> assertThat(r.effect()).isEqualTo("disproves"))
			.anySatisfy(r -> assertThat(r.points()).isPositive());
		String zh = text(tampered, Lang.ZH);
		assertThat(zh).containsPattern("• \\[支持 \\+\\d+ · 不计（真实性已被否定）\\] ")
			.doesNotContainPattern("• \\[支持 \\+\\d+\\] ")
			.contains("• [否定真实性] ");
		assertThat(HtmlRenderer.render(tampered, Lang.EN)).containsPattern(">\\+\\d+ not counted<");
	}

	@Test
	void anActionOfferedAtNoGainToItsItemSaysWhatItDoesForTheCase(@TempDir Path dir) throws IOException {
		// the employee's clock-in copy did not match its original: the employer's own
		// attendance records, ordered, gain the copy nothing but prove the overtime
		Files.writeString(dir.resolve("case.yaml"),
				CaseYamlFixture.employer("clock-in-copy-mismatch", "2020-11-23") + """
						factsToProve:
						  - { id: overtimeWorked, element: overtimeWorked }
						items:
						  - id: E1
						    title: 企业微信打卡记录截图
						    kind: image
						    proves: [overtimeWorked]
						    custody: { form: printout, copyCheck: mismatch }
						    acquisition: { obtainedBy: ownAccountOwnDevice }
						    dispute: { authenticityDisputed: true, crossExamined: true }
						""");
		Opinion opinion = assessor.assess(CaseFileReader.read(dir));
		RemedyOption order = opinion.items()
			.get(0)
			.remedies()
			.stream()
			.filter(r -> r.id().equals("orderAttendanceRecords"))
			.findFirst()
			.orElseThrow();
		assertThat(order.gain()).isZero();
		assertThat(order.offeredBecause()).isEqualTo(RemedyOption.REQUIRED);
		assertThat(opinion.summary().score()).isZero();
		assertThat(order.caseScoreAfter()).isEqualTo(75);
		assertThat(text(opinion, Lang.ZH)).contains("该事实最直接的证据；单独采取此项，案件评分由 0 升至 75");
		assertThat(HtmlRenderer.render(opinion, Lang.EN)).contains("done alone, it raises the case score from 0 to 75");
	}

	@Test
	void aNeedForCorroborationTheItemHasMetSaysSo() {
		Opinion strong = assessor.assess(CaseFileReader.read(Path.of("cases/loan-by-wechat-transfer")));
		ItemOpinion voice = strong.items().stream().filter(i -> i.kind().equals("voice")).findFirst().orElseThrow();
		assertThat(voice.needsCorroboration()).isFalse();
		assertThat(voice.reasons()).anySatisfy(r -> assertThat(r.effect()).isEqualTo("needsCorroboration"));
		assertThat(text(strong, Lang.ZH)).contains("• [需补强·已获印证] ");
		assertThat(HtmlRenderer.render(strong, Lang.EN)).contains("needs corroboration · corroborated");
	}

}
