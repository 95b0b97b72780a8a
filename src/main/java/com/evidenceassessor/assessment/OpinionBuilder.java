package com.evidenceassessor.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.assessment.Assessor.Options;
import com.evidenceassessor.assessment.Opinion.AppliedInstrument;
import com.evidenceassessor.assessment.Opinion.CaseSummary;
import com.evidenceassessor.bills.evidence.MoneyFlow;
import com.evidenceassessor.assessment.Opinion.Dimensions;
import com.evidenceassessor.assessment.Opinion.FactSupport;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.assessment.Opinion.Stamp;
import com.evidenceassessor.assessment.Opinion.Unknowns;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.WireNames;

/** Puts an evaluation into the form of an opinion. */
final class OpinionBuilder {

	private final RuleSet ruleSet;

	private final Options options;

	OpinionBuilder(RuleSet ruleSet, Options options) {
		this.ruleSet = ruleSet;
		this.options = options;
	}

	Opinion build(CaseFile caseFile, Evaluation evaluation) {
		LegalCase legalCase = caseFile.legalCase();
		List<ItemOpinion> items = new ArrayList<>();
		for (EvidenceItem item : legalCase.items()) {
			items.add(item(evaluation, item));
		}
		return new Opinion(legalCase.id(), legalCase.title(), legalCase.lawDate(), stamp(caseFile), List.copyOf(items),
				summary(legalCase, evaluation, items));
	}

	private ItemOpinion item(Evaluation evaluation, EvidenceItem item) {
		ItemScore score = evaluation.scores().get(item.id());
		LocalDate lawDate = evaluation.legalCase().lawDate();
		List<Reason> reasons = evaluation.findingsFor(item.id()).stream().map(f -> reason(f, lawDate)).toList();
		boolean excluded = score.level() == Level.EXCLUDED;
		var remedies = (this.options.remedies() && !excluded) ? new RemedyPlanner(this.ruleSet).plan(evaluation, item)
				: List.<Opinion.RemedyOption>of();
		Unknowns unknowns = (this.options.unknowns() && !excluded)
				? new UnknownsAnalysis(this.ruleSet).analyse(evaluation, item) : null;
		Dimensions dimensions = new Dimensions(score.authenticity(), score.legality(), score.relevance(),
				score.sufficiency());
		return new ItemOpinion(item.id(), item.title(), WireNames.of(item.kind()), score.overall(), score.level(),
				score.needsCorroboration(), dimensions, reasons, remedies, unknowns, score.trace());
	}

	static Reason reason(Finding finding, LocalDate lawDate) {
		return new Reason(finding.ruleId(), finding.rule().citation(), finding.rule().citationEn(),
				finding.rule().fullCitationOn(lawDate), WireNames.of(finding.dimension()),
				WireNames.of(finding.effect()), finding.signedPoints(), finding.rule().reasonZh(),
				finding.rule().reasonEn());
	}

	private Stamp stamp(CaseFile caseFile) {
		LocalDate lawDate = caseFile.legalCase().lawDate();
		List<AppliedInstrument> regime = this.ruleSet.regimeOn(lawDate)
			.stream()
			.map(i -> new AppliedInstrument(i.id(), i.title(), i.documentOn(lawDate), i.inForce(), i.until()))
			.toList();
		return new Stamp(this.ruleSet.hash(), ProgramVersion.current(), caseFile.inputHash(), regime);
	}

	private CaseSummary summary(LegalCase legalCase, Evaluation evaluation, List<ItemOpinion> items) {
		Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
		for (Level level : Level.values()) {
			byLevel.put(level, (int) items.stream().filter(i -> i.level() == level).count());
		}
		List<String> needs = items.stream().filter(ItemOpinion::needsCorroboration).map(ItemOpinion::id).toList();
		List<String> excluded = items.stream().filter(i -> i.level() == Level.EXCLUDED).map(ItemOpinion::id).toList();
		List<FactSupport> facts = legalCase.factsToProve().stream().map(f -> support(f, legalCase, items)).toList();
		int score = facts.isEmpty() ? mean(items) : facts.stream().mapToInt(FactSupport::bestScore).min().orElse(0);
		Level level = new ScoreModel(this.ruleSet, legalCase.lawDate()).band(score);
		List<Reason> reasons = evaluation.findingsFor(null).stream().map(f -> reason(f, legalCase.lawDate())).toList();
		return new CaseSummary(score, level, byLevel, needs, excluded, facts, reasons,
				moneyFlows(evaluation.derivedFacts()));
	}

	/** The money flows the bills reader derived (bills/ folder), for the summary. */
	private static List<Opinion.MoneyFlowLine> moneyFlows(List<Object> derivedFacts) {
		return derivedFacts.stream()
			.filter(MoneyFlow.class::isInstance)
			.map(MoneyFlow.class::cast)
			.map(f -> new Opinion.MoneyFlowLine(f.partyId(), f.partyName(), f.names(), f.paid(), f.received(), f.net(),
					f.rows(), f.first(), f.last()))
			.toList();
	}

	private static FactSupport support(FactToProve fact, LegalCase legalCase, List<ItemOpinion> items) {
		List<String> ids = legalCase.items()
			.stream()
			.filter(i -> i.proves().contains(fact.id()))
			.map(EvidenceItem::id)
			.toList();
		ItemOpinion best = items.stream()
			.filter(i -> ids.contains(i.id()) && i.level() != Level.EXCLUDED)
			.max(java.util.Comparator.comparingInt(ItemOpinion::score))
			.orElse(null);
		return new FactSupport(fact.id(), fact.description(), ids, (best != null) ? best.score() : 0,
				(best != null) ? best.id() : null);
	}

	/**
	 * The mean over the items that can ground a finding; excluded items are out, not
	 * zero.
	 */
	private static int mean(List<ItemOpinion> items) {
		return (int) Math.round(items.stream()
			.filter(i -> i.level() != Level.EXCLUDED)
			.mapToInt(ItemOpinion::score)
			.average()
			.orElse(0));
	}

}
