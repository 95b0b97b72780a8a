package com.evidenceassessor.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.evidenceassessor.assessment.EvidenceChain;
import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.CasePlan;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.assessment.Opinion.RemedyOption;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.report.ChainWords;
import com.evidenceassessor.report.Labels;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.WireNames;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What one case contributes to the summary spreadsheet and CSV files: one row on the
 * cases sheet and one per item on the items sheet. Computed while the case is assessed
 * and kept beside it, so the summary is written without reading the opinions again.
 *
 * @param caseRow the case's row
 * @param itemRows its items' rows
 */
record SummaryRows(CaseRow caseRow, List<ItemRow> itemRows) {

	private static final ObjectMapper COMPACT = Json.json().copy().disable(SerializationFeature.INDENT_OUTPUT);

	/**
	 * @param folder the case folder, relative to the input
	 * @param caseId the case id
	 * @param title the title
	 * @param cause the cause of action (wire name)
	 * @param lawDate the law date
	 * @param score the case's score
	 * @param level the case's level
	 * @param items how many items
	 * @param low items at low risk
	 * @param medium items at medium risk
	 * @param high items at high risk
	 * @param excluded excluded items
	 * @param needsCorroboration items that cannot alone ground a finding
	 * @param weakestFact the fact to prove with the weakest support, or {@code null}
	 * @param chain whether the cause's evidence chain is complete, or the requirements it
	 * lacks; {@code null} when the cause has no chain in rules/chains.yaml
	 * @param casePlan the score the case plan reaches and its actions with their items;
	 * {@code null} when no action raises the case or remedies were not computed
	 * @param opinionId the stored opinion's id
	 * @param report the HTML report's path relative to the output folder, or {@code null}
	 */
	record CaseRow(String folder, String caseId, String title, String cause, String lawDate, int score, Level level,
			int items, int low, int medium, int high, int excluded, int needsCorroboration, String weakestFact,
			String chain, String casePlan, String opinionId, String report) {

	}

	/**
	 * @param folder the case folder
	 * @param caseId the case id
	 * @param itemId the item id
	 * @param title the item's title
	 * @param kind its kind (wire name)
	 * @param score its score
	 * @param level its level
	 * @param authenticity 真实性
	 * @param legality 合法性
	 * @param relevance 关联性
	 * @param sufficiency 证明力
	 * @param needsCorroboration it cannot alone ground a finding
	 * @param mainConcern the reason that takes most points away, or {@code null}
	 * @param bestRemedy the remedy that gains most, with the score it reaches and its
	 * last day when the case file gives the end of the time limit for evidence, or
	 * {@code null}
	 */
	record ItemRow(String folder, String caseId, String itemId, String title, String kind, int score, Level level,
			int authenticity, int legality, int relevance, int sufficiency, boolean needsCorroboration,
			String mainConcern, String bestRemedy) {

	}

	static SummaryRows of(String folder, LegalCase legalCase, Opinion opinion, String opinionId, String report,
			Lang lang) {
		var summary = opinion.summary();
		var byLevel = summary.itemsByLevel();
		// as the evidence chain rates each fact (a sum paid in parts, a fact the opponent
		// admits), leaving out one set aside as no ground for the claim
		String weakest = summary.chains()
			.stream()
			.filter(f -> !summary.setAside().contains(f.fact()))
			.min(Comparator.comparingInt(EvidenceChain.FactChain::strength))
			.map(f -> ((f.description() != null) ? f.description() : f.fact()) + " (" + f.strength() + ")")
			.orElse(null);
		CaseRow row = new CaseRow(folder, opinion.caseId(), opinion.title(),
				(legalCase.causeOfAction() != null) ? WireNames.of(legalCase.causeOfAction()) : null,
				String.valueOf(opinion.lawDate()), summary.score(), summary.level(), opinion.items().size(),
				byLevel.getOrDefault(Level.LOW, 0), byLevel.getOrDefault(Level.MEDIUM, 0),
				byLevel.getOrDefault(Level.HIGH, 0), byLevel.getOrDefault(Level.EXCLUDED, 0),
				summary.needsCorroboration().size(), weakest, chain(summary.chain(), opinion, lang),
				casePlan(summary.plan(), lang), opinionId, report);
		List<ItemRow> items = new ArrayList<>();
		for (ItemOpinion item : opinion.items()) {
			items.add(item(folder, opinion.caseId(), item, lang));
		}
		return new SummaryRows(row, items);
	}

	private static ItemRow item(String folder, String caseId, ItemOpinion item, Lang lang) {
		String concern = item.reasons()
			.stream()
			.filter(r -> r.points() < 0)
			.min(Comparator.comparingInt(Reason::points))
			.map(r -> lang.pick(r.text(), r.textEn()) + " [" + r.citation() + "]")
			.orElse(null);
		RemedyOption best = item.remedies().isEmpty() ? null : item.remedies().get(0);
		String remedy = (best != null)
				? lang.pick(best.action(), best.actionEn()) + " → " + best.scoreAfter() + due(best, lang) : null;
		var d = item.dimensions();
		return new ItemRow(folder, caseId, item.id(), item.title(), item.kind(), item.score(), item.level(),
				d.authenticity(), d.legality(), d.relevance(), d.sufficiency(), item.needsCorroboration(), concern,
				remedy);
	}

	/** "Complete", or the requirements the chain lacks, in the report's words. */
	private static String chain(EvidenceChain chain, Opinion opinion, Lang lang) {
		if (chain == null) {
			return null;
		}
		if (chain.complete()) {
			return Labels.of("chainComplete", lang);
		}
		return Labels.of("chainIncomplete", lang) + lang.pick("，", ", ") + Labels.of("missing", lang)
				+ lang.pick("：", ": ") + ChainWords.missing(chain, opinion, lang);
	}

	/**
	 * "→ 95 (+35): action [E1]; action [E1, E2]", or that no item's plan raises the case.
	 */
	private static String casePlan(CasePlan plan, Lang lang) {
		if (plan == null) {
			return null;
		}
		if (plan.actions().isEmpty()) {
			return Labels.of("planNoGain", lang);
		}
		String actions = plan.actions()
			.stream()
			.map(a -> lang.pick(a.action(), a.actionEn()) + " [" + String.join(", ", a.items()) + "]")
			.collect(Collectors.joining(lang.pick("；", "; ")));
		return "→ " + plan.scoreAfter() + " (+" + plan.gain() + lang.pick(")：", "): ") + actions;
	}

	/** The remedy's last day, when the case file gives the end of the time limit. */
	private static String due(RemedyOption remedy, Lang lang) {
		if (remedy.dueBy() == null) {
			return "";
		}
		if (remedy.overdue()) {
			return lang.pick("（已于 " + remedy.dueBy() + " 届满）", " (time limit passed on " + remedy.dueBy() + ")");
		}
		return lang.pick("（" + remedy.dueBy() + " 前）", " (by " + remedy.dueBy() + ")");
	}

	String toJson() {
		try {
			return COMPACT.writeValueAsString(this);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static SummaryRows fromJson(String json) {
		try {
			return COMPACT.readValue(json, SummaryRows.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a stored summary row is not readable: " + ex.getOriginalMessage(), ex);
		}
	}

}
