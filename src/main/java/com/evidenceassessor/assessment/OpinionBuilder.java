package com.evidenceassessor.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.evidenceassessor.assessment.Assessor.Options;
import com.evidenceassessor.assessment.Opinion.AppliedInstrument;
import com.evidenceassessor.assessment.Opinion.CasePlan;
import com.evidenceassessor.assessment.Opinion.CasePlanWithout;
import com.evidenceassessor.assessment.Opinion.CaseSummary;
import com.evidenceassessor.bills.evidence.MoneyFlow;
import com.evidenceassessor.assessment.Opinion.CaseQuestion;
import com.evidenceassessor.assessment.Opinion.CaseUnknowns;
import com.evidenceassessor.assessment.Opinion.Dimensions;
import com.evidenceassessor.assessment.Opinion.FactSupport;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.PlanIfDeviceGone;
import com.evidenceassessor.assessment.Opinion.PlanWithout;
import com.evidenceassessor.assessment.Opinion.PlannedAction;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.assessment.Opinion.RemedyOption;
import com.evidenceassessor.assessment.Opinion.Stamp;
import com.evidenceassessor.assessment.Opinion.Unknowns;
import com.evidenceassessor.assessment.RemedyPlanner.ItemRemedies;
import com.evidenceassessor.assessment.UnknownsAnalysis.ItemUnknowns;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.rules.Deadline;
import com.evidenceassessor.rules.Remedy;
import com.evidenceassessor.rules.Chains;
import com.evidenceassessor.rules.Remedy.Assumption;
import com.evidenceassessor.rules.RestDays.LastDay;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.WireNames;

/**
 * Puts an evaluation into the form of an opinion, with the plan, the unknowns and the
 * evidence chain when asked for.
 */
final class OpinionBuilder {

	private static final String POST_VISIBLE = WireNames.of(Remedy.Assumption.POST_VISIBLE);

	private final RuleSet ruleSet;

	private final Options options;

	private final LastDay lastDay;

	/**
	 * @param lastDay the last day of the case's time limit for evidence, as the calendar
	 * read the day the court set; {@code null} when the case file gives none
	 */
	OpinionBuilder(RuleSet ruleSet, Options options, LastDay lastDay) {
		this.ruleSet = ruleSet;
		this.options = options;
		this.lastDay = lastDay;
	}

	/**
	 * The opinion; {@code whatIfs} may be {@code null} when neither remedies nor unknowns
	 * are asked for.
	 */
	Opinion build(CaseFile caseFile, Evaluation evaluation, WhatIfs whatIfs) {
		LegalCase legalCase = caseFile.legalCase();
		WhatIfWork work = new WhatIfWork();
		List<ItemOpinion> items = new ArrayList<>();
		RemedyPlanner planner = this.options.remedies()
				? RemedyPlanner.forCase(this.ruleSet, whatIfs, legalCase.items()) : null;
		// the day substantive law is cited by where a finding's item gives none
		LocalDate claimDay = this.ruleSet.chains().claimDay(legalCase);
		for (EvidenceItem item : legalCase.items()) {
			items.add(item(evaluation, item, whatIfs, planner, work, claimDay));
		}
		CaseSummary summary = summary(legalCase, evaluation, items, whatIfs, work, claimDay);
		return new Opinion(legalCase.id(), legalCase.title(), legalCase.lawDate(),
				stamp(caseFile, evaluation.findings(), items, summary), List.copyOf(items), summary);
	}

	private ItemOpinion item(Evaluation evaluation, EvidenceItem item, WhatIfs whatIfs, RemedyPlanner planner,
			WhatIfWork work, LocalDate claimDay) {
		ItemScore score = evaluation.scores().get(item.id());
		LegalCase legalCase = evaluation.legalCase();
		List<Reason> reasons = evaluation.findingsFor(item.id())
			.stream()
			.map(f -> reason(f, legalCase, claimDay, evaluation.sources()))
			.toList();
		boolean excluded = score.level() == Level.EXCLUDED;
		// an excluded item gets only the actions that lift the exclusion
		// (the lawful route to the same content): none that gain nothing
		ItemRemedies remedies = (planner != null) ? planner.plan(item) : null;
		PlanIfDeviceGone ifDeviceGone = DeviceGonePlan.of(this.ruleSet, whatIfs, item, remedies);
		Unknowns unknowns = null;
		if (this.options.unknowns() && !excluded) {
			ItemUnknowns found = new UnknownsAnalysis(this.ruleSet, whatIfs, false).analyse(item,
					OpenAssumptions.questionsOf(remedies, ifDeviceGone));
			unknowns = found.unknowns();
			work.unknowns.put(item.id(), unknowns);
			work.worst.addAll(found.worst());
			work.best.addAll(found.best());
		}
		PlanWithout planWithout = null;
		if (remedies != null) {
			work.add(item.id(), remedies);
			RemedyPlanner.Without without = remedies.without();
			if (without != null) {
				planWithout = new PlanWithout(without.premises(), without.remedies().plan());
				work.premises.addAll(without.premises());
			}
			work.without.add(item.id(), (without != null) ? without.remedies() : remedies);
		}
		Dimensions dimensions = new Dimensions(score.authenticity(), score.legality(), score.relevance(),
				score.sufficiency());
		return new ItemOpinion(item.id(), item.title(), WireNames.of(item.kind()), score.overall(), score.level(),
				score.needsCorroboration(), dimensions, reasons, (remedies != null) ? remedies.options() : List.of(),
				(remedies != null) ? remedies.plan() : null, planWithout, ifDeviceGone, unknowns, score.trace());
	}

	static Reason reason(Finding finding, LegalCase legalCase, LocalDate claimDay, FindingSources sources) {
		LocalDate lawDate = legalCase.lawDate();
		EvidenceItem item = (finding.itemId() != null) ? legalCase.item(finding.itemId()) : null;
		// as the grounds of the item's actions are (review round 55, syn-90731-00005: a
		// 2020 transfer's reason cited 婚姻法解释（二） for a gift whose return ground arose in
		// 2021, where the chain and the actions cited 民法典婚姻家庭编解释（一）)
		LocalDate factDate = Chains.factDay(claimDay, item, lawDate);
		return new Reason(finding.ruleId(), finding.rule().citationOn(lawDate, factDate),
				finding.rule().citationEnOn(lawDate, factDate), finding.rule().fullCitationOn(lawDate, factDate),
				WireNames.of(finding.dimension()), WireNames.of(finding.effect()), finding.signedPoints(),
				finding.rule().reasonZh(), finding.rule().reasonEn(), sources.of(finding));
	}

	/**
	 * The stamp, with the instruments in force on the law date, each marked cited when
	 * the opinion cites it, and the laws the opinion cites that are not rule instruments
	 * ({@link CitedRegime}).
	 */
	private Stamp stamp(CaseFile caseFile, List<Finding> findings, List<ItemOpinion> items, CaseSummary summary) {
		List<AppliedInstrument> regime = CitedRegime.of(this.ruleSet, caseFile.legalCase().lawDate(), findings, items,
				summary);
		return new Stamp(this.ruleSet.hash(), ProgramVersion.current(), caseFile.inputHash(), regime);
	}

	private CaseSummary summary(LegalCase legalCase, Evaluation evaluation, List<ItemOpinion> items, WhatIfs whatIfs,
			WhatIfWork work, LocalDate claimDay) {
		Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
		for (Level level : Level.values()) {
			byLevel.put(level, (int) items.stream().filter(i -> i.level() == level).count());
		}
		// an item whose strengthening changes nothing (no ground for its claim, or every
		// fact it is offered for admitted), or one refused whatever corroborates it, is
		// not one to corroborate
		Set<String> refused = evaluation.itemsEstablishing(Finding.REFUSED_REGARDLESS);
		List<String> needs = items.stream()
			.filter(i -> i.needsCorroboration() && !evaluation.strengtheningMoot(i.id()) && !refused.contains(i.id()))
			.map(ItemOpinion::id)
			.toList();
		List<String> excluded = items.stream().filter(i -> i.level() == Level.EXCLUDED).map(ItemOpinion::id).toList();
		List<FactSupport> facts = legalCase.factsToProve().stream().map(f -> support(f, legalCase, items)).toList();
		int score = evaluation.caseScore(this.ruleSet);
		ScoreModel model = new ScoreModel(this.ruleSet, legalCase.lawDate());
		List<Reason> reasons = evaluation.findingsFor(null)
			.stream()
			.map(f -> reason(f, legalCase, claimDay, evaluation.sources()))
			.toList();
		EvidenceChains chains = new EvidenceChains(this.ruleSet.chains(), model);
		List<EvidenceChain.FactChain> factChains = chains.facts(legalCase, items, new EvidenceChains.Established(
				evaluation.itemsEstablishing(Finding.IDENTITY_FIXED), refused, evaluation.paymentFindings()));
		List<String> refusedIds = items.stream().map(ItemOpinion::id).filter(refused::contains).toList();
		CasePlan plan = casePlan(score, model, whatIfs, work);
		return new CaseSummary(score, model.band(score), byLevel, needs, refusedIds, excluded,
				evaluation.setAsideFacts(), facts, reasons, moneyFlows(evaluation.derivedFacts()),
				chains.chain(legalCase, factChains), factChains, plan,
				casePlanWithout(score, model, whatIfs, work, plan), caseUnknowns(whatIfs, work), timeLimit(legalCase));
	}

	/**
	 * The case plan where each item whose plan rests on a premise the client has not
	 * confirmed (a payment once made to the account) follows its plan without it;
	 * {@code null} where no item's plan rests on one, or the case plan raises nothing.
	 */
	private CasePlanWithout casePlanWithout(int score, ScoreModel model, WhatIfs whatIfs, WhatIfWork work,
			CasePlan plan) {
		if (work.premises.isEmpty() || plan == null || plan.gain() <= 0) {
			// nothing to replace: the case plan raises nothing with the premises either
			return null;
		}
		work.without.dropActionsAssuming(work.premises);
		return new CasePlanWithout(List.copyOf(work.premises), casePlan(score, model, whatIfs, work.without));
	}

	/**
	 * Where the case stands against the time limit for evidence: passed, not yet, or not
	 * known because the case file does not say when the opinion is prepared for; what
	 * follows once it has passed is given unless it is known not to have.
	 */
	private Opinion.TimeLimit timeLimit(LegalCase legalCase) {
		if (this.lastDay == null) {
			return null;
		}
		LocalDate ends = this.lastDay.day();
		LocalDate preparedOn = legalCase.preparedOn();
		Boolean passed = (preparedOn != null) ? ends.isBefore(preparedOn) : null;
		Deadline after = Boolean.FALSE.equals(passed) ? null : this.ruleSet.afterExpiryOn(legalCase.lawDate());
		Deadline movedBy = this.lastDay.movedBy();
		String holiday = (this.lastDay.holiday() != null) ? this.lastDay.holiday().name() : null;
		return new Opinion.TimeLimit(ends, this.lastDay.moved() ? this.lastDay.set() : null, holiday,
				(movedBy != null) ? movedBy.zh() : null, (movedBy != null) ? movedBy.en() : null,
				this.lastDay.holidaysKnown(), preparedOn, passed, (after != null) ? after.zh() : null,
				(after != null) ? after.en() : null, movedPast(legalCase.lawDate()));
	}

	/**
	 * The court set the time limit to end on or before the law date (the hearing), on a
	 * rest day, and the first working day after it comes after the law date.
	 */
	private boolean movedPast(LocalDate lawDate) {
		return this.lastDay.moved() && !this.lastDay.set().isAfter(lawDate) && this.lastDay.day().isAfter(lawDate);
	}

	/** The money flows the bills reader derived (bills/ folder), for the summary. */
	private static List<Opinion.MoneyFlowLine> moneyFlows(List<Object> derivedFacts) {
		return derivedFacts.stream()
			.filter(MoneyFlow.class::isInstance)
			.map(MoneyFlow.class::cast)
			.map(f -> new Opinion.MoneyFlowLine(f.partyId(), f.partyName(), f.names(), f.paid(), f.received(), f.net(),
					f.repaid(), f.rows(), f.first(), f.last()))
			.toList();
	}

	/** A fact to prove that no item is offered for. */
	private static boolean unsupportedFact(LegalCase legalCase) {
		return legalCase.factsToProve()
			.stream()
			.anyMatch(f -> legalCase.items().stream().noneMatch(i -> i.proves().contains(f.id())));
	}

	private CasePlan casePlan(int score, ScoreModel model, WhatIfs whatIfs, WhatIfWork work) {
		if (!this.options.remedies()) {
			return null;
		}
		if (work.planActions.isEmpty()) {
			// no action anywhere; the plan still says what must come first when a fact to
			// prove has no evidence at all
			return unsupportedFact(whatIfs.base().legalCase()) ? new CasePlan(List.of(), score, model.band(score), 0)
					: null;
		}
		// the goal: what the items' plans reach together
		int target = caseScore(whatIfs, work.planPatches, indices(work.planActions.size()));
		if (target <= score) {
			// the items' plans leave the case where it is: no action is the case's to
			// take but those kept whatever they add (averting a sanction, to be done
			// all the same)
			List<Integer> kept = pruned(whatIfs, work, indices(work.planActions.size()), Integer.MAX_VALUE);
			return new CasePlan(grouped(withReasons(work, kept)), score, model.band(score), 0);
		}
		int fromItemPlans = work.planActions.size();
		extendShared(work);
		// the cheapest way there: the costliest actions are dropped first while the case
		// still reaches the goal, then each kept action is swapped for a cheaper one
		// where that will do
		List<Integer> kept = pruned(whatIfs, work, indices(work.planActions.size()), target);
		boolean swapped = false;
		for (int position = 0; position < kept.size(); position++) {
			List<Integer> cheaper = cheaperInstead(whatIfs, work, kept, position, target);
			if (cheaper != null) {
				kept = cheaper;
				swapped = true;
			}
		}
		if (swapped) {
			// a cheaper action may do what another kept action was kept for
			kept = pruned(whatIfs, work, kept, target);
		}
		List<Integer> credited = withPaymentsLeftHigh(whatIfs, model, work, credited(work, kept, fromItemPlans),
				fromItemPlans);
		int scoreAfter = caseScore(whatIfs, work.planPatches, credited);
		return new CasePlan(grouped(withReasons(work, credited)), scoreAfter, model.band(scoreAfter),
				scoreAfter - score);
	}

	/**
	 * The actions at {@code kept}, each that the plan takes whatever it adds marked with
	 * why ({@link PlannedAction#keptBecause}): the views say so beside it, so that an
	 * action that raises nothing is not taken for a mistake (review round 52,
	 * syn-30517-00008: a dialect voice message's transcription in a plan the case reached
	 * without it).
	 */
	private static List<PlannedAction> withReasons(WhatIfWork work, List<Integer> kept) {
		return kept.stream().map(k -> {
			String why = keptBecause(work, kept, k);
			return (why != null) ? work.planActions.get(k).keptBecause(why) : work.planActions.get(k);
		}).toList();
	}

	/**
	 * The actions kept, with the item plan's actions for a payment the plan would leave
	 * at high risk where a sum is proved payment by payment (an element with
	 * {@code inParts}): weighted by the amounts, a small payment barely moves the fact,
	 * yet each must be proved (review round 50, syn-71293-00005 E3: a ¥9,000 transfer of
	 * ¥209,000 left at 20, where Tenpay's statement of the transactions takes it to 75).
	 */
	private List<Integer> withPaymentsLeftHigh(WhatIfs whatIfs, ScoreModel model, WhatIfWork work, List<Integer> kept,
			int fromItemPlans) {
		Evaluation after = whatIfs.evaluate(kept.stream().map(work.planPatches::get).toList());
		LegalCase legalCase = after.legalCase();
		Set<String> high = new LinkedHashSet<>();
		for (FactToProve fact : legalCase.factsToProve()) {
			Map<String, Integer> scoreOf = new LinkedHashMap<>();
			legalCase.items()
				.stream()
				.filter(i -> i.proves().contains(fact.id()) && after.scores().get(i.id()).level() != Level.EXCLUDED)
				.forEach(i -> scoreOf.put(i.id(), after.score(i.id())));
			PaymentParts.of(this.ruleSet.chains().element(fact.element()), legalCase, scoreOf)
				.stream()
				.filter(part -> model.band(part.strength()) == Level.HIGH)
				.forEach(part -> high.add(part.items().get(0)));
		}
		List<Integer> more = new ArrayList<>(kept);
		for (int k = 0; k < fromItemPlans; k++) {
			if (!more.contains(k) && !Collections.disjoint(work.planActions.get(k).items(), high)) {
				more.add(k);
			}
		}
		return more;
	}

	/**
	 * The actions of {@code kept} without those the case does not need to reach the goal,
	 * the costliest dropped first; the goal {@link Integer#MAX_VALUE} keeps none but the
	 * actions kept whatever they add ({@link #keptWhateverItAdds}).
	 */
	private List<Integer> pruned(WhatIfs whatIfs, WhatIfWork work, List<Integer> kept, int target) {
		List<Integer> remaining = new ArrayList<>(kept);
		for (int k : dropOrder(work.planActions)) {
			if (!remaining.contains(k) || keptWhateverItAdds(work, remaining, k)) {
				continue;
			}
			List<Integer> without = new ArrayList<>(remaining);
			without.remove(Integer.valueOf(k));
			if (target == Integer.MAX_VALUE
					|| !without.isEmpty() && caseScore(whatIfs, work.planPatches, without) >= target) {
				remaining = without;
			}
		}
		return remaining;
	}

	/**
	 * The plan's action at {@code k} is, among {@code kept}, the only one that answers
	 * for an item a warning that filing it as it is risks a sanction for false evidence
	 * (a copy found not to match its original, to be withdrawn and refiled from the
	 * original; an edited-looking screenshot, to be replaced by the record itself:
	 * 证据规定第九十八条第二款): the case plan keeps it whatever it adds to the case's score, and no
	 * cheaper action that does not answer it takes its place (review round 39,
	 * syn-64123-00014 and 00015: the withdrawal was pruned while the summary warned of
	 * sanctions).
	 */
	private static boolean lastToAvertASanction(WhatIfWork work, List<Integer> kept, int k) {
		PlannedAction action = work.planActions.get(k);
		return action.items()
			.stream()
			.filter(itemId -> avertsSanction(work, action.id(), itemId))
			.anyMatch(itemId -> kept.stream()
				.filter(j -> j != k)
				.map(work.planActions::get)
				.noneMatch(other -> other.items().contains(itemId) && avertsSanction(work, other.id(), itemId)));
	}

	private static boolean avertsSanction(WhatIfWork work, String actionId, String itemId) {
		RemedyPlanner.Possible possible = possible(work, actionId, itemId);
		return possible != null && possible.avertsSanction();
	}

	/** The action as possible for the item, or {@code null} where it is not. */
	private static RemedyPlanner.Possible possible(WhatIfWork work, String actionId, String itemId) {
		return work.possible.getOrDefault(itemId, Map.of()).get(actionId);
	}

	/**
	 * The plan's action at {@code k} stays whatever it adds to the case's score: the last
	 * that averts a sanction for an item, or one to be done for an item all the same (the
	 * marriage registry's search, the direct proof that no marriage was registered;
	 * review round 40, syn-27791-00006 and 00008: the plan reached low risk on the chats
	 * and dropped it).
	 */
	private static boolean keptWhateverItAdds(WhatIfWork work, List<Integer> kept, int k) {
		return keptBecause(work, kept, k) != null;
	}

	/**
	 * Why the plan's action at {@code k} stays among {@code kept} whatever it adds
	 * ({@link RemedyOption#AVERTS_SANCTION}, {@link RemedyOption#REQUIRED}), or
	 * {@code null} when it stays only for what it adds.
	 */
	private static String keptBecause(WhatIfWork work, List<Integer> kept, int k) {
		if (lastToAvertASanction(work, kept, k)) {
			return RemedyOption.AVERTS_SANCTION;
		}
		return required(work, work.planActions.get(k)) ? RemedyOption.REQUIRED : null;
	}

	/** The action is to be done for one of its items all the same. */
	private static boolean required(WhatIfWork work, PlannedAction action) {
		return action.items().stream().anyMatch(itemId -> {
			RemedyPlanner.Possible possible = possible(work, action.id(), itemId);
			return possible != null && possible.required();
		});
	}

	/**
	 * The actions kept, with the same action (in the same words) wherever an item's own
	 * plan takes it: one kept for one item's sake still serves the others whose plans
	 * name it (an order for the opponent's copy of each chat, the bill shown for each
	 * payment), and the plan lists them all, its score assessed with them.
	 */
	private static List<Integer> credited(WhatIfWork work, List<Integer> kept, int fromItemPlans) {
		Set<List<String>> keptActions = kept.stream()
			.map(work.planActions::get)
			.map(a -> List.of(a.id(), a.action()))
			.collect(Collectors.toSet());
		List<Integer> credited = new ArrayList<>(kept);
		for (int k = 0; k < fromItemPlans; k++) {
			PlannedAction action = work.planActions.get(k);
			if (!credited.contains(k) && !examinedItemByItem(action)
					&& keptActions.contains(List.of(action.id(), action.action()))) {
				credited.add(k);
			}
		}
		return credited;
	}

	/**
	 * An appraisal examines each item on its own, at a fee for each (证据规定第三十一条): one kept
	 * for one item does not serve another for nothing (review round 53, syn-47711-00015:
	 * the appraisal of E5 was listed with E1's, where the registry's search proved E5's
	 * fact by itself).
	 */
	private static boolean examinedItemByItem(PlannedAction action) {
		return action.assumes().contains(APPRAISAL_CONFIRMS) || action.assumes().contains(APPRAISAL_MAKES_OUT);
	}

	private static final String APPRAISAL_CONFIRMS = WireNames.of(Assumption.APPRAISAL_CONFIRMS);

	private static final String APPRAISAL_MAKES_OUT = WireNames.of(Assumption.APPRAISAL_MAKES_OUT);

	/**
	 * The plan with the action at {@code position} swapped for a cheaper one its item
	 * offers (less effort, or as much and less taken for granted) with which the case
	 * still reaches the goal, the cheapest first; {@code null} when there is none. An
	 * item's plan picks what adds most to the item (a forensic appraisal over Tenpay's
	 * proof of a transfer), where the case may need no more than the cheaper action
	 * gives.
	 */
	private List<Integer> cheaperInstead(WhatIfs whatIfs, WhatIfWork work, List<Integer> kept, int position,
			int target) {
		if (keptWhateverItAdds(work, kept, kept.get(position))) {
			return null;
		}
		PlannedAction action = work.planActions.get(kept.get(position));
		String itemId = action.items().get(0);
		Set<String> taken = kept.stream()
			.map(work.planActions::get)
			.filter(a -> a.items().contains(itemId))
			.map(PlannedAction::id)
			.collect(Collectors.toSet());
		List<RemedyOption> cheaper = work.options.getOrDefault(itemId, List.of())
			.stream()
			.filter(o -> !taken.contains(o.id()) && work.possible.get(itemId).containsKey(o.id()))
			.filter(o -> cost(o) < cost(action))
			.sorted(Comparator.comparingInt((RemedyOption o) -> cost(o)))
			.toList();
		for (RemedyOption option : cheaper) {
			work.planPatches.add(work.possible.get(itemId).get(option.id()).patch());
			work.planActions.add(PlannedAction.of(option, itemId));
			List<Integer> swapped = new ArrayList<>(kept);
			swapped.set(position, work.planActions.size() - 1);
			if (caseScore(whatIfs, work.planPatches, swapped) >= target) {
				return swapped;
			}
		}
		return null;
	}

	/**
	 * What an action costs the client, for comparing two: its effort first, then how much
	 * its score takes for granted, then whether its time limit has passed (late evidence
	 * needs the court's leave, which a late appraisal needs as much as late proof of a
	 * payment already filed).
	 */
	private static int cost(boolean overdue, String effort, List<String> assumes) {
		return effortRank(effort) * 1_000 + assumes.size() * 10 + (overdue ? 1 : 0);
	}

	/** An effort's place among {@link Remedy.Effort}'s, least first. */
	private static int effortRank(String effort) {
		return WireNames.parse(Remedy.Effort.class, effort).ordinal();
	}

	private static int cost(RemedyOption option) {
		return cost(option.overdue(), option.effort(), option.assumes());
	}

	private static int cost(PlannedAction action) {
		return cost(action.overdue(), action.effort(), action.assumes());
	}

	/**
	 * An action the plan takes for some items is added for the other items it is possible
	 * for: the phone shown for one chat can show the transfer on it, and a step already
	 * taken may make a costlier one for another item unnecessary. Pruning then drops what
	 * the case does not need.
	 */
	private static void extendShared(WhatIfWork work) {
		Set<String> taken = new HashSet<>();
		Set<String> pairs = new HashSet<>();
		for (PlannedAction action : work.planActions) {
			taken.add(action.id());
			action.items().forEach(item -> pairs.add(action.id() + "@" + item));
		}
		work.possible.forEach((itemId, possible) -> possible.forEach((id, action) -> {
			if (taken.contains(id) && pairs.add(id + "@" + itemId)) {
				work.planPatches.add(action.patch());
				work.planActions.add(action.action());
			}
		}));
	}

	/**
	 * The case's score with the plan's actions at {@code chosen} done (each item's plan
	 * gives one patch per action).
	 */
	private int caseScore(WhatIfs whatIfs, List<ItemPatch> patches, List<Integer> chosen) {
		return whatIfs.evaluate(chosen.stream().map(patches::get).toList()).caseScore(this.ruleSet);
	}

	/**
	 * The order in which actions are tried out of the case plan: an action another item's
	 * plan makes unnecessary for the case (two requests for the same transfer's
	 * e-voucher, identity once fixed for the account) is left out, the most effort first,
	 * then the one that takes most for granted (showing an edited-looking screenshot's
	 * original before the registry's search), then the later steps of each item's plan.
	 */
	private static List<Integer> dropOrder(List<PlannedAction> actions) {
		return indices(actions.size()).stream()
			.sorted(Comparator.comparingInt((Integer k) -> -effortRank(actions.get(k).effort()))
				.thenComparing(k -> -actions.get(k).assumes().size())
				.thenComparing(Comparator.<Integer>reverseOrder()))
			.toList();
	}

	private static List<Integer> indices(int size) {
		return IntStream.range(0, size).boxed().toList();
	}

	/**
	 * Each action once, with every item it is for, in the order first named (once for
	 * each way it is worded: showing a WeChat chat and an app's own log on the phone are
	 * two steps, though one action); an action that takes for granted a Moments post can
	 * still be seen comes first, as its publisher can delete or hide it any day.
	 */
	static List<PlannedAction> grouped(List<PlannedAction> actions) {
		Map<List<String>, PlannedAction> byWording = new LinkedHashMap<>();
		for (PlannedAction action : actions) {
			byWording.merge(List.of(action.id(), action.action()), action, PlannedAction::and);
		}
		return byWording.values()
			.stream()
			.sorted(Comparator.comparing(a -> !a.assumes().contains(POST_VISIBLE)))
			.toList();
	}

	private CaseUnknowns caseUnknowns(WhatIfs whatIfs, WhatIfWork work) {
		if (!this.options.unknowns()) {
			return null;
		}
		List<CaseQuestion> questions = new ArrayList<>(
				UnknownsAnalysis.acrossItems(work.unknowns, whatIfs, this.ruleSet));
		int worst = whatIfs.evaluate(work.worst).caseScore(this.ruleSet);
		int best = whatIfs.evaluate(work.best).caseScore(this.ruleSet);
		CaseQuestion defence = DefenceQuestion.of(this.ruleSet, whatIfs.base());
		if (defence != null) {
			// the case's range over every unknown, the defence's evidence among them
			worst = Math.min(worst, DefenceQuestion.caseScore(this.ruleSet, whatIfs.base(), work.worst, true));
			best = Math.max(best, DefenceQuestion.caseScore(this.ruleSet, whatIfs.base(), work.best, false));
			questions.add(defence);
			questions.sort(UnknownsAnalysis.MOST_DECISIVE);
		}
		return new CaseUnknowns(worst, best, List.copyOf(questions));
	}

	private static FactSupport support(FactToProve fact, LegalCase legalCase, List<ItemOpinion> items) {
		List<String> ids = legalCase.items()
			.stream()
			.filter(i -> i.proves().contains(fact.id()))
			.map(EvidenceItem::id)
			.toList();
		ItemOpinion best = items.stream()
			.filter(i -> ids.contains(i.id()) && i.level() != Level.EXCLUDED)
			.max(Comparator.comparingInt(ItemOpinion::score))
			.orElse(null);
		return new FactSupport(fact.id(), fact.description(), ids, (best != null) ? best.score() : 0,
				(best != null) ? best.id() : null);
	}

	/** What the items' what-ifs leave for the case-level what-ifs. */
	private static final class WhatIfWork {

		private final Map<String, Unknowns> unknowns = new LinkedHashMap<>();

		private final List<ItemPatch> worst = new ArrayList<>();

		private final List<ItemPatch> best = new ArrayList<>();

		private final List<ItemPatch> planPatches = new ArrayList<>();

		private final List<PlannedAction> planActions = new ArrayList<>();

		/** Each item's possible actions and their changes, by item id. */
		private final Map<String, Map<String, RemedyPlanner.Possible>> possible = new LinkedHashMap<>();

		/** Each item's actions that raise it alone, by item id. */
		private final Map<String, List<RemedyOption>> options = new LinkedHashMap<>();

		/**
		 * The premises some item's plan rests on and its {@link PlanWithout} does
		 * without.
		 */
		private final Set<String> premises = new LinkedHashSet<>();

		/** The same work for the case plan without {@link #premises}; none within it. */
		private final WhatIfWork without;

		WhatIfWork() {
			this(true);
		}

		private WhatIfWork(boolean withFallback) {
			this.without = withFallback ? new WhatIfWork(false) : null;
		}

		/** An item's remedies, for the case plan. */
		void add(String itemId, ItemRemedies remedies) {
			this.planPatches.addAll(remedies.planPatches());
			this.planActions.addAll(remedies.planActions());
			this.possible.put(itemId, remedies.possible());
			this.options.put(itemId, remedies.options());
		}

		/**
		 * No action that takes any of {@code premises} for granted is planned or possible
		 * for any item: the case plan may not keep one, swap one in or extend one to
		 * another item.
		 */
		void dropActionsAssuming(Set<String> premises) {
			for (int k = this.planActions.size() - 1; k >= 0; k--) {
				// a record another item files, taking the premise for granted
				if (!Collections.disjoint(this.planActions.get(k).assumes(), premises)) {
					this.planActions.remove(k);
					this.planPatches.remove(k);
				}
			}
			this.possible.replaceAll((itemId, possible) -> possible.entrySet()
				.stream()
				.filter(e -> Collections.disjoint(e.getValue().assumes(), premises))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
			this.options.replaceAll((itemId,
					options) -> options.stream().filter(o -> Collections.disjoint(o.assumes(), premises)).toList());
		}

	}

}
