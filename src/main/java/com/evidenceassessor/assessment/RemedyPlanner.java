package com.evidenceassessor.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.Opinion.PlanStep;
import com.evidenceassessor.assessment.Opinion.IfRebutted;
import com.evidenceassessor.assessment.Opinion.PlannedAction;
import com.evidenceassessor.assessment.Opinion.RemedyOption;
import com.evidenceassessor.assessment.Opinion.RemedyPlan;
import com.evidenceassessor.facts.Dispute;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.OutsideEvidence;
import com.evidenceassessor.rules.Chains;
import com.evidenceassessor.rules.Deadline;
import com.evidenceassessor.rules.Effect;
import com.evidenceassessor.rules.Remedy;
import com.evidenceassessor.rules.Remedy.Effort;
import com.evidenceassessor.rules.Remedy.Assumption;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.WireNames;

/**
 * Finds the actions that would raise an item's score: the remedies its findings name,
 * still possible for this item in this case, each applied to the case and assessed again.
 * Ranked by gain, then by effort, then by how many of the case's items the action serves
 * as well as any action can, then in the order the rules name them; actions that gain
 * nothing are left out. Then the plan: the best action, and up to two more, each the one
 * that adds most to what the earlier ones reach together — assessed together, since gains
 * do not simply add up (a notarised chat gains little from being shown on the phone as
 * well).
 */
final class RemedyPlanner {

	/** The most actions a plan combines. */
	static final int PLAN_SIZE = 3;

	/** The most actions tried at each step of a plan after the first. */
	static final int TRIES_PER_STEP = 4;

	/**
	 * The most actions tried at each step, beyond {@link #TRIES_PER_STEP}, for curing a
	 * defect though alone they improved nothing.
	 */
	static final int CURING_TRIES = 2;

	/**
	 * The actions tried in pairs when none raises an item's score alone (at most 6
	 * what-ifs more for such an item).
	 */
	static final int PAIR_TRIES = 4;

	private final RuleSet ruleSet;

	private final WhatIfs whatIfs;

	/**
	 * Each item's candidates, tried once for the whole case, in the order the rules name
	 * them.
	 */
	private final Map<String, List<Candidate>> candidates = new HashMap<>();

	/**
	 * For each action, how many of the case's items it serves as well as any action can
	 * (the highest score, at the least effort): among equally good actions for an item,
	 * the one other items need too comes first, so the case plan asks for fewer actions.
	 */
	private final Map<String, Integer> sharedBy = new HashMap<>();

	/** What follows a passed time limit under the law on the case's law date. */
	private final Deadline afterExpiry;

	/** What an action on a record made after the time limit needs instead of it. */
	private final Deadline madeAfterLimit;

	/**
	 * The day of the claim's legal fact (rules/chains.yaml {@code datedBy}: the betrothal
	 * gift paid), by which an action's substantive {@code ground} is cited; {@code null}
	 * when the chain names none or no item dates it.
	 */
	private final LocalDate claimDay;

	/** The case's score after each action tried, by its evaluation. */
	private final Map<Evaluation, Integer> caseScores = new IdentityHashMap<>();

	/** The case's score as the file stands, against which an action's is weighed. */
	private final int baseCaseScore;

	/**
	 * How strongly the case proves each fact as the file stands, by fact id, against
	 * which an action's strengthening of it is weighed.
	 */
	private final Map<String, Integer> baseFactStrengths;

	/**
	 * The kinds of record that prove a fact by themselves, with how strongly each does on
	 * the case's law date ({@link #provingRecords}).
	 */
	private final List<ProvingRecord> provingRecords;

	private static final String REBUTTAL_SUFFICIENT = "dispute.rebuttalSufficient";

	/**
	 * The court granting an application: a premise a plan does without only where
	 * something else then raises the item.
	 */
	private static final String COURT_GRANTS = WireNames.of(Assumption.COURT_GRANTS);

	private RemedyPlanner(RuleSet ruleSet, WhatIfs whatIfs) {
		this.ruleSet = ruleSet;
		this.whatIfs = whatIfs;
		LegalCase legalCase = whatIfs.base().legalCase();
		this.claimDay = ruleSet.chains().claimDay(legalCase);
		this.afterExpiry = ruleSet.afterExpiryOn(whatIfs.base().legalCase().lawDate());
		this.madeAfterLimit = ruleSet.madeAfterLimitOn(whatIfs.base().legalCase().lawDate());
		this.baseCaseScore = whatIfs.base().caseScore(ruleSet);
		this.provingRecords = provingRecords(ruleSet.chains(), new ScoreModel(ruleSet, legalCase.lawDate()));
		this.baseFactStrengths = legalCase.factsToProve()
			.stream()
			.collect(Collectors.toMap(FactToProve::id, f -> whatIfs.base().factStrength(ruleSet, f), Math::max));
	}

	/** The planner for the case's items. */
	static RemedyPlanner forCase(RuleSet ruleSet, WhatIfs whatIfs, List<EvidenceItem> items) {
		RemedyPlanner planner = new RemedyPlanner(ruleSet, whatIfs);
		for (EvidenceItem item : items) {
			planner.bestActions(item).forEach(id -> planner.sharedBy.merge(id, 1, Integer::sum));
		}
		return planner;
	}

	ItemRemedies plan(EvidenceItem item) {
		int before = this.whatIfs.base().score(item.id());
		Map<String, Possible> possible = new LinkedHashMap<>();
		candidates(item).stream()
			.filter(c -> !c.blocked())
			.forEach(c -> possible.put(c.id(), new Possible(c.patch(), c.assumes(), plannedAction(c, item.id()),
					c.avertsSanction(), required(c.remedy(), item))));
		List<Candidate> candidates = new ArrayList<>(candidates(item));
		// of equally good actions, one of less effort comes first, then one whose score
		// takes less for granted (nothing the court must grant), then one whose time
		// limit has not passed (or that has none) before one that may be too late, then
		// one that cures a defect the rules found before one whose points only offset it
		candidates.sort(Comparator.comparingInt((Candidate c) -> c.after().score(item.id()))
			.reversed()
			.thenComparing(LIGHTER_IN_TIME)
			.thenComparing(c -> !c.cures())
			.thenComparing(c -> -this.sharedBy.getOrDefault(c.id(), 0))
			.thenComparingInt(Candidate::preference));
		// an action that answers a warning of sanctions (a copy with signs of editing, to
		// be replaced by the unedited record), or one to be done all the same (a late
		// filing explained, the paper original produced), is offered whatever it adds to
		// the score; for an item whose claim is to be dropped, what an action adds to its
		// score is beside the point: it is offered only to avert a sanction, and says so
		boolean moot = this.whatIfs.base().strengtheningMoot(item.id());
		List<Candidate> offered = new ArrayList<>();
		List<RemedyOption> options = new ArrayList<>();
		for (Candidate c : candidates) {
			boolean gains = !c.blocked() && c.after().score(item.id()) > before;
			String because = (c.blocked() || gains && !moot) ? null : offeredAtNoGain(c, item, moot);
			if (gains || because != null) {
				offered.add(c);
				options.add(option(c, item.id(), before, because));
			}
		}
		if (!moot) {
			options.addAll(hedges(item, candidates, offered, before));
		}
		options = List.copyOf(options);
		ItemRemedies remedies = planned(item, before, candidates, Set.of(), options, possible);
		Set<String> premises = premises(remedies.plan());
		if (premises.isEmpty()) {
			return remedies;
		}
		Without without = without(item, before, candidates, new LinkedHashSet<>(premises), Set.of(), options, possible);
		if (without.remedies().plan() == null && without.premises().contains(COURT_GRANTS)) {
			// nothing raises the item without the court: the court's plan is the one to
			// follow when the other premises fail (the registration record collected,
			// where the voucher cannot be had), and no plan goes without it
			premises.remove(COURT_GRANTS);
			without = premises.isEmpty() ? null
					: without(item, before, candidates, premises, Set.of(COURT_GRANTS), options, possible);
		}
		return new ItemRemedies(remedies.options(), remedies.plan(), remedies.planPatches(), remedies.planActions(),
				remedies.possible(), without);
	}

	/**
	 * The plan that does without {@code premises}: where it rests on another premise (the
	 * phone search, once the voucher is out) it does without that too, until it rests on
	 * none but those {@code kept}.
	 */
	private Without without(EvidenceItem item, int before, List<Candidate> candidates, Set<String> premises,
			Set<String> kept, List<RemedyOption> options, Map<String, Possible> possible) {
		ItemRemedies without;
		Set<String> more;
		do {
			without = planned(item, before, candidates, premises, options, possible);
			more = premises(without.plan());
			more.removeAll(kept);
		}
		while (premises.addAll(more));
		return new Without(List.copyOf(premises), without);
	}

	/**
	 * The item's plan from the actions that take none of {@code premises} for granted,
	 * with the record-filing actions for the case plan.
	 */
	private ItemRemedies planned(EvidenceItem item, int before, List<Candidate> candidates, Set<String> premises,
			List<RemedyOption> options, Map<String, Possible> possible) {
		List<Candidate> pool = distinctEffects(
				candidates.stream().filter(c -> Collections.disjoint(c.assumes(), premises)).toList());
		Start start = start(item, pool, before);
		ItemRemedies planned = (start != null) ? combine(item, before, pool, start, options, possible)
				: new ItemRemedies(options, null, List.of(), List.of(), possible, null);
		if (start != null && start.replaced() != null) {
			// two lighter actions reach what the heavier one does, yet the plan
			// they start may end lower: weak pointers to the account, where the
			// court's record ties it (review round 52, syn-30517-00006 E1: 80, 85)
			ItemRemedies heavier = combine(item, before, pool, start.replaced(), options, possible);
			if (heavier.plan().scoreAfter() > planned.plan().scoreAfter()) {
				planned = heavier;
			}
		}
		return withRecords(planned, item, premises);
	}

	/**
	 * What the plan takes for granted that the client has not confirmed and whose failing
	 * leaves the case file as it stands ({@link OpenAssumptions#failingChangesNoScore}):
	 * a payment once made to the account, for the voucher; the post still there; the page
	 * a link opens still online; a search of the number finding the account. Where the
	 * plan rests on such a premise, the plan that does without it is the one to follow if
	 * it fails (review round 48, syn-55129-00014: a voucher resting on the worker's
	 * having once paid the supervisor, where the profile page shown and a colleague who
	 * identifies the account reach as much). Empty without a plan; a modifiable set.
	 */
	private static Set<String> premises(RemedyPlan plan) {
		return stepsAssume(plan).stream()
			.filter(OpenAssumptions::failingChangesNoScore)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * The item's remedies, with the actions that file a record proving a fact it is
	 * offered for by itself — an official record (rules/chains.yaml
	 * {@code officialRecord}: the registry's search) or the opponent's own records
	 * ({@code opponentsRecord}: the employer's attendance records produced on the court's
	 * order) or a third party's business record ({@code thirdPartyRecord}: the carrier's
	 * record of the delivery) — added to those for the case plan: such a record proves
	 * the fact whatever the item scores, so the case plan weighs it by what it does for
	 * the case; and those to be done all the same (a witness to an event photo, review
	 * round 42, syn-52391-00014 E6), which the case plan keeps. Not those the item's plan
	 * takes already, nor those that take any of {@code premises} for granted.
	 */
	private ItemRemedies withRecords(ItemRemedies remedies, EvidenceItem item, Set<String> premises) {
		Set<String> planned = remedies.planActions().stream().map(PlannedAction::id).collect(Collectors.toSet());
		List<Candidate> records = candidates(item).stream()
			.filter(c -> !c.blocked() && !planned.contains(c.id()) && Collections.disjoint(c.assumes(), premises)
					&& (files(c.after().legalCase(), item, false) || required(c.remedy(), item)
							|| strengthensItsFactFirmly(c, item)))
			.toList();
		if (records.isEmpty()) {
			return remedies;
		}
		List<ItemPatch> patches = new ArrayList<>(remedies.planPatches());
		List<PlannedAction> actions = new ArrayList<>(remedies.planActions());
		records.forEach(c -> {
			patches.add(c.patch());
			actions.add(plannedAction(c, item.id()));
		});
		return new ItemRemedies(remedies.options(), remedies.plan(), List.copyOf(patches), List.copyOf(actions),
				remedies.possible(), null);
	}

	/**
	 * The action strengthens a fact the item is offered for though it gains the item
	 * nothing, and its promise does not rest on evidence the client may not have (an IOU,
	 * a record to be found): the case plan weighs it by what it does for the case.
	 */
	private boolean strengthensItsFactFirmly(Candidate c, EvidenceItem item) {
		return c.after().score(item.id()) <= this.whatIfs.base().score(item.id())
				&& !c.assumes().contains(WireNames.of(Assumption.EVIDENCE_EXISTS)) && strengthensItsFact(c, item);
	}

	/**
	 * The case as it would be files a record that proves by itself a fact the item is
	 * offered for, where none of its kind is filed yet: an official record, the
	 * opponent's own records, a third party's business record, and, {@code withSigned},
	 * the opponent's signed paper.
	 */
	private boolean files(LegalCase after, EvidenceItem item, boolean withSigned) {
		LegalCase now = this.whatIfs.base().legalCase();
		return now.factsToProve()
			.stream()
			.filter(f -> item.proves().contains(f.id()))
			.anyMatch(f -> records(withSigned).anyMatch(r -> r.newlyFiled(f, now, after)));
	}

	/**
	 * The case as it would be files a record that proves by itself a fact the item is
	 * offered for, where none of its kind is filed yet, and the fact stands now no more
	 * strongly than such a record proves it: the fact would no longer rest on the item
	 * alone, though no score rises (review round 48, syn-55129-00016: the employer's
	 * attendance records for overtime shown only by the worker's own clock-in
	 * screenshot).
	 */
	private boolean alsoProvesItsFact(LegalCase after, EvidenceItem item) {
		LegalCase now = this.whatIfs.base().legalCase();
		return now.factsToProve()
			.stream()
			.filter(f -> item.proves().contains(f.id()))
			.anyMatch(f -> records(true)
				.anyMatch(r -> r.newlyFiled(f, now, after) && r.weight() >= this.baseFactStrengths.get(f.id())));
	}

	/**
	 * The records that prove a fact by themselves, with how strongly each proves it: an
	 * official record, the opponent's own records, a third party's business record, and,
	 * {@code withSigned}, the opponent's signed paper.
	 */
	private Stream<ProvingRecord> records(boolean withSigned) {
		return withSigned ? this.provingRecords.stream()
				: this.provingRecords.stream().limit(this.provingRecords.size() - 1);
	}

	/**
	 * The records that prove a fact by themselves, as {@link #records} lists them, the
	 * opponent's signed paper last, weighed by the score model of the case's law date.
	 */
	private static List<ProvingRecord> provingRecords(Chains chains, ScoreModel model) {
		return List.of(new ProvingRecord(chains::officialRecordFor, model.officialRecord()),
				new ProvingRecord(chains::opponentsRecordFor, model.opponentsRecord()),
				new ProvingRecord(chains::thirdPartyRecordFor, model.thirdPartyRecord()),
				new ProvingRecord(chains::signedDocumentFor, model.signedDocument()));
	}

	/**
	 * A kind of record that proves a fact by itself: the one filed for a fact in a case
	 * ({@code filedFor}, {@code null} for none), and how strongly it proves it.
	 */
	private record ProvingRecord(BiFunction<FactToProve, LegalCase, OutsideEvidence> filedFor, int weight) {

		boolean newlyFiled(FactToProve fact, LegalCase now, LegalCase after) {
			return this.filedFor.apply(fact, now) == null && this.filedFor.apply(fact, after) != null;
		}

	}

	/** The rules whose findings undermine the item in an evaluation. */
	private static Set<String> defects(Evaluation evaluation, String itemId) {
		return evaluation.findingsFor(itemId)
			.stream()
			.filter(f -> f.effect() == Effect.UNDERMINES)
			.map(Finding::ruleId)
			.collect(Collectors.toSet());
	}

	/**
	 * A plan's first step: the best action possible now, or, when it does better, an
	 * action that removes the finding ruling another out followed by that other (the
	 * account tied to the opponent, then the order for their copy); {@code null} when
	 * neither raises the score.
	 */
	private Start start(EvidenceItem item, List<Candidate> pool, int before) {
		String id = item.id();
		Start best = pool.stream()
			.filter(c -> !c.blocked() && c.after().score(id) > before)
			.findFirst()
			.map(c -> new Start(List.of(c), List.of(c.after())))
			.orElse(null);
		for (Candidate later : pool.stream().filter(Candidate::blocked).toList()) {
			for (Candidate first : pool) {
				if (!first.blocked() && !blocked(later.remedy(), first.after(), id)
						&& possibleAfter(first, later, item)) {
					best = better(best, first, later, id, before);
				}
			}
		}
		if (best != null && best.actions().size() == 2) {
			best = orOpenFollowUp(item, pool, best);
		}
		if (best != null && best.actions().size() == 1 && best.actions().get(0).remedy().effort() != Effort.LOW) {
			best = orLighterPair(item, pool, best);
		}
		return (best != null) ? best : pairedStart(item, pool, before);
	}

	/** What two actions take for granted between them, each assumption once. */
	private static long assumed(Candidate first, Candidate second) {
		return Stream.concat(first.assumes().stream(), second.assumes().stream()).distinct().count();
	}

	/**
	 * A start of one action that takes a notary, a third party or the court, or two of
	 * less effort each that reach as much together, where there are (review round 47,
	 * syn-24683-00014 E1: the phone shown at the hearing and the whole conversation
	 * filed, 85, as the notarisation; review round 48, syn-55129-00014 E1: the profile
	 * page shown and a colleague who identifies the account, 78, as the court's
	 * collection of the registration record): of the lighter actions that change the item
	 * alone, the first {@link #PAIR_TRIES} are tried in pairs, with the first
	 * {@link #CURING_TRIES} that cure a defect though alone they change nothing; a pair
	 * is taken only where it takes no more for granted than the single action, and of two
	 * pairs reaching as much, the one leaving fewer defects standing.
	 */
	private Start orLighterPair(EvidenceItem item, List<Candidate> pool, Start single) {
		String id = item.id();
		ItemScore base = this.whatIfs.base().scores().get(id);
		Effort effort = single.actions().get(0).remedy().effort();
		Predicate<Candidate> lighterOpen = c -> !c.blocked() && c.remedy().effort().compareTo(effort) < 0;
		List<Candidate> lighter = new ArrayList<>(pool.stream()
			.filter(c -> lighterOpen.test(c) && !c.after().scores().get(id).equals(base))
			.limit(PAIR_TRIES)
			.toList());
		// and those that cure a defect though alone they change nothing (see promising)
		addCuring(lighter, pool, lighterOpen);
		Start best = single;
		for (Pair pair : pairs(item, lighter)) {
			if (assumed(pair.first(), pair.second()) > single.actions().get(0).assumes().size()) {
				// not a pair that takes more for granted (an SMS that may not exist)
				continue;
			}
			Evaluation both = this.whatIfs.evaluate(List.of(pair.first().patch(), pair.second().patch()));
			int score = both.score(id);
			int bestScore = best.reached().score(id);
			// of two pairs reaching as much, the one that leaves fewer defects standing
			boolean better = (best == single) ? score >= bestScore : score > bestScore
					|| score == bestScore && defects(both, id).size() < defects(best.reached(), id).size();
			if (better) {
				best = new Start(List.of(pair.first(), pair.second()), List.of(pair.first().after(), both), single);
			}
		}
		return best;
	}

	/**
	 * The item's account is tied to the party by more than weak pointers adding up (a
	 * WeChat ID and a profile page, in this item or another of the account): a voucher is
	 * then worded as the platform's record of the payment, not as what ties the account
	 * (review round 43, syn-61807-00008 E2).
	 */
	private static boolean tiedFirmly(Evaluation state, String itemId) {
		return state.findingsFor(itemId)
			.stream()
			.anyMatch(f -> Finding.IDENTITY_FIXED.equals(f.establishes()) && !WEAK_TIES.contains(f.ruleId()));
	}

	/** The rules that tie an account by weak pointers adding up. */
	private static final Set<String> WEAK_TIES = Set.of("wechat-practice/identity.indicators-suffice",
			"wechat-practice/identity.same-account-indicators", "wechat-practice/identity.pooled-indicators");

	/**
	 * A start of an action and one it made possible (the account tied, then the order for
	 * the opponent's copy), or the same first action and the best of those possible all
	 * along that gain only once it is done, where that does better (review round 43,
	 * syn-61807-00014 E1: a colleague's notarisation of the deleted group chat, 85,
	 * passed over for the order, 83).
	 */
	private Start orOpenFollowUp(EvidenceItem item, List<Candidate> pool, Start paired) {
		String id = item.id();
		Candidate first = paired.actions().get(0);
		List<Candidate> chosen = List.of(first);
		Step open = next(item, chosen, first.after(), promising(pool, chosen, first.after(), id));
		if (open == null || open.reached().score(id) < paired.reached().score(id)) {
			return paired;
		}
		// of two reaching as much, the lighter or the one still in time (review round 52,
		// syn-30517-00013 E1: a late order for the opponent's copy taken where a group
		// member's notarised extraction reaches as much)
		if (open.reached().score(id) == paired.reached().score(id)
				&& LIGHTER_IN_TIME.compare(open.action(), paired.actions().get(1)) >= 0) {
			return paired;
		}
		return new Start(List.of(first, open.action()), List.of(first.after(), open.reached()));
	}

	/**
	 * The {@link #PAIR_TRIES} candidates tried in pairs: a pair may need one action on
	 * each of the two things holding the item down (an untied account and a modified
	 * client: the phone search and an appraisal), so the one that alone raised
	 * authenticity most and the one that raised relevance most come first, whatever their
	 * effort, then the rest in order (review round 39, syn-64123-00012 E4).
	 */
	private static List<Candidate> pairOrder(List<Candidate> candidates, String id, ItemScore base) {
		List<Candidate> order = new ArrayList<>();
		bestRaising(candidates, id, base, ItemScore::authenticity).ifPresent(order::add);
		bestRaising(candidates, id, base, ItemScore::relevance).filter(c -> !order.contains(c)).ifPresent(order::add);
		candidates.stream().filter(c -> !order.contains(c)).forEach(order::add);
		return order.stream().limit(PAIR_TRIES).toList();
	}

	/** The candidate that raises one dimension of the item's score most, if any does. */
	private static Optional<Candidate> bestRaising(List<Candidate> candidates, String id, ItemScore base,
			ToIntFunction<ItemScore> dimension) {
		return candidates.stream()
			.filter(c -> dimension.applyAsInt(c.after().scores().get(id)) > dimension.applyAsInt(base))
			.max(Comparator.comparingInt(c -> dimension.applyAsInt(c.after().scores().get(id))));
	}

	/** The second action is still possible once the first is done. */
	private boolean possibleAfter(Candidate first, Candidate second, EvidenceItem item) {
		return possible(second.remedy(), this.whatIfs.base().legalCase(),
				ItemPatch.applyToItem(item, List.of(first.patch())));
	}

	/**
	 * The two actions done in order, when they reach more than {@code best} (or than the
	 * score before, when there is none yet), or as much as a pair that is heavier
	 * ({@link #LIGHTER_PAIR}: review round 52, syn-30517-00009 E1, the notary and the
	 * voucher taken where the phone shown and the voucher reach as much); else
	 * {@code best}.
	 */
	private Start better(Start best, Candidate first, Candidate second, String id, int before) {
		Evaluation both = this.whatIfs.evaluate(List.of(first.patch(), second.patch()));
		int reached = (best != null) ? best.reached().score(id) : before;
		boolean lighter = best != null && best.actions().size() == 2 && both.score(id) == reached
				&& LIGHTER_PAIR.compare(List.of(first, second), best.actions()) < 0;
		return (both.score(id) > reached || lighter) ? new Start(List.of(first, second), List.of(first.after(), both))
				: best;
	}

	/**
	 * Where no action raises the score alone, two that each lift one of the two things
	 * holding it down (a refusal for want of the original, and the item not yet
	 * cross-examined) may do it together: of the actions that change something alone, the
	 * first {@link #PAIR_TRIES} are tried in pairs, and the pair that raises the score
	 * most starts the plan; {@code null} when none does.
	 */
	private Start pairedStart(EvidenceItem item, List<Candidate> pool, int before) {
		String id = item.id();
		ItemScore base = this.whatIfs.base().scores().get(id);
		List<Candidate> changing = pool.stream()
			.filter(c -> !c.blocked() && !c.after().scores().get(id).equals(base))
			.toList();
		Start best = null;
		for (Pair pair : pairs(item, pairOrder(changing, id, base))) {
			best = better(best, pair.first(), pair.second(), id, before);
		}
		return (best != null) ? lightened(item, changing, best) : null;
	}

	/**
	 * The pair with each of its actions in turn replaced by the lightest of
	 * {@code changing} that is lighter ({@link #LIGHTER_IN_TIME}) and reaches as much
	 * with the other, taking no more for granted: the pairs tried start with the actions
	 * that raise a dimension most, which may be heavier than needed (review round 52,
	 * syn-30517-00009 E1: the notary, authenticity 90, where the phone shown, 85, reached
	 * the same 85 with the voucher).
	 */
	private Start lightened(EvidenceItem item, List<Candidate> changing, Start pair) {
		String id = item.id();
		Start best = pair;
		for (int k = 0; k < 2; k++) {
			Candidate heavy = best.actions().get(k);
			Candidate kept = best.actions().get(1 - k);
			long assumes = assumed(best.actions().get(0), best.actions().get(1));
			List<Candidate> lighter = changing.stream()
				.filter(c -> c != kept && LIGHTER_IN_TIME.compare(c, heavy) < 0 && !sameGroup(c, List.of(kept)))
				.sorted(LIGHTER_IN_TIME)
				.limit(PAIR_TRIES)
				.toList();
			for (Candidate c : lighter) {
				Candidate first = (k == 0) ? c : kept;
				Candidate second = (k == 0) ? kept : c;
				if (assumed(first, second) > assumes || !possibleAfter(first, second, item)) {
					continue;
				}
				Evaluation both = this.whatIfs.evaluate(List.of(first.patch(), second.patch()));
				if (both.score(id) >= best.reached().score(id)) {
					best = new Start(List.of(first, second), List.of(first.after(), both));
					break;
				}
			}
		}
		return best;
	}

	/**
	 * The pairs of {@code candidates} that can be done together from the file as it
	 * stands, each in their order: of two families, the second still possible once the
	 * first is done.
	 */
	private List<Pair> pairs(EvidenceItem item, List<Candidate> candidates) {
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			for (int j = i + 1; j < candidates.size(); j++) {
				Candidate first = candidates.get(i);
				Candidate second = candidates.get(j);
				if (!sameGroup(second, List.of(first)) && possibleAfter(first, second, item)) {
					pairs.add(new Pair(first, second));
				}
			}
		}
		return pairs;
	}

	/** Two actions, in the order they are tried. */
	private record Pair(Candidate first, Candidate second) {

	}

	/**
	 * The remedies the item's findings name that are still possible for it, each applied
	 * and assessed, in the order the rules name them.
	 */
	private List<Candidate> candidates(EvidenceItem item) {
		return this.candidates.computeIfAbsent(item.id(), id -> tried(item));
	}

	private List<Candidate> tried(EvidenceItem item) {
		Evaluation current = this.whatIfs.base();
		boolean warned = sanctionRisk(current, item.id());
		boolean moot = current.strengtheningMoot(item.id());
		boolean withdrawn = current.itemsEstablishing(Finding.WITHDRAW_ADVISED).contains(item.id());
		if (moot && (!warned || withdrawn)) {
			// what the item shows is no ground for the claim, or every fact it is offered
			// for is admitted: strengthening the item changes nothing; and an item to be
			// withdrawn with its claim is offered nothing, not the record's showing or
			// fixing as well (review round 43, syn-61807-00002 E4)
			return List.of();
		}
		List<Candidate> candidates = new ArrayList<>();
		Set<String> defects = defects(current, item.id());
		boolean tied = tiedFirmly(current, item.id());
		for (String id : named(current, item)) {
			Remedy remedy = worded(
					this.ruleSet.remedies()
						.get(id)
						.on(current.legalCase().lawDate(), limitDay(current.legalCase()),
								Chains.factDay(this.claimDay, item, current.legalCase().lawDate())),
					item, current.legalCase(), tied);
			if (possible(remedy, current.legalCase(), item)) {
				ItemPatch patch = new ItemPatch(item.id(), remedy.set(), remedy.append());
				Evaluation after = this.whatIfs.evaluate(patch);
				candidates.add(new Candidate(id, remedy, patch, after, candidates.size(),
						blocked(remedy, current, item.id()),
						OpenAssumptions.of(remedy, current.legalCase(), item.id(),
								files(after.legalCase(), item, true)),
						due(remedy, current.legalCase(), item.id()), !defects(after, item.id()).containsAll(defects),
						warned && !sanctionRisk(after, item.id())));
			}
		}
		// a copy that risks a sanction is withdrawn or replaced even where the
		// claim it is offered for is to be dropped: only the actions that do so
		// are offered for it
		return moot ? candidates.stream().filter(Candidate::avertsSanction).toList() : List.copyOf(candidates);
	}

	/**
	 * A rule warns that filing the item as it is risks a sanction for false evidence
	 * ({@code @establishes("sanctionRisk")}: 证据规定第九十八条第二款, 2001: 第八十条第二款).
	 */
	private static boolean sanctionRisk(Evaluation evaluation, String itemId) {
		return evaluation.findingsFor(itemId).stream().anyMatch(f -> Finding.SANCTION_RISK.equals(f.establishes()));
	}

	/**
	 * The actions that raise the item's score most, at the least effort among those: the
	 * ones the item's plan could equally start with.
	 */
	private Set<String> bestActions(EvidenceItem item) {
		String id = item.id();
		int before = this.whatIfs.base().score(id);
		List<Candidate> gaining = candidates(item).stream()
			.filter(c -> !c.blocked() && c.after().score(id) > before)
			.toList();
		int best = gaining.stream().mapToInt(c -> c.after().score(id)).max().orElse(before);
		List<Candidate> top = gaining.stream().filter(c -> c.after().score(id) == best).toList();
		Remedy.Effort least = top.stream().map(c -> c.remedy().effort()).min(Comparator.naturalOrder()).orElse(null);
		Set<String> ids = new LinkedHashSet<>();
		top.stream().filter(c -> c.remedy().effort() == least).forEach(c -> ids.add(c.id()));
		return ids;
	}

	/**
	 * Greedy combination: start from the best single action; add the action that raises
	 * the score most given those already chosen, while one does and is still possible
	 * after them (the court need not collect what the holder has shown in court). Actions
	 * whose effect on the findings is the same as an earlier one's (an SMS and a witness
	 * both corroborate) are not tried again, and at each step only the actions that
	 * improved, alone, what now holds the score down are tried — the strongest
	 * {@link #TRIES_PER_STEP} of them: once identity is fixed, what can still help is
	 * what helps authenticity.
	 */
	private ItemRemedies combine(EvidenceItem item, int before, List<Candidate> pool, Start start,
			List<RemedyOption> options, Map<String, Possible> possible) {
		String id = item.id();
		List<Candidate> chosen = new ArrayList<>(start.actions());
		List<PlanStep> steps = new ArrayList<>();
		for (int k = 0; k < chosen.size(); k++) {
			steps.add(step(chosen.get(k), start.after().get(k), id));
		}
		Evaluation reached = start.reached();
		while (chosen.size() < PLAN_SIZE) {
			Step next = next(item, chosen, reached, promising(pool, chosen, reached, id));
			if (next == null) {
				next = unlocked(item, pool, chosen, reached);
				if (next == null) {
					next = pairedStep(item, pool, chosen, reached);
				}
				if (next == null) {
					break;
				}
				// the refusal lifted (or the first of a pair taken), the step after it
				// gains: both are taken (the first alone, where it does what the pair
				// does)
				chosen.add(next.action());
				steps.add(step(next.action(), next.reached(), id));
				reached = next.reached();
				next = next.then();
				if (next == null) {
					continue;
				}
			}
			chosen.add(next.action());
			reached = next.reached();
			steps.add(step(next.action(), reached, id));
		}
		List<Candidate> needed = needed(chosen, reached, id);
		if (needed.size() < chosen.size()) {
			chosen = needed;
			steps = new ArrayList<>();
			for (int k = 1; k <= chosen.size(); k++) {
				reached = this.whatIfs.evaluate(patches(chosen.subList(0, k), null));
				steps.add(step(chosen.get(k - 1), reached, id));
			}
		}
		int after = reached.score(id);
		RemedyPlan plan = new RemedyPlan(List.copyOf(steps), after, reached.level(id), after - before);
		List<PlannedAction> actions = chosen.stream().map(c -> plannedAction(c, id)).toList();
		return new ItemRemedies(options, plan, patches(chosen, null), actions, possible, null);
	}

	/**
	 * The steps chosen, in their order, without those the others do without: a step whose
	 * leaving out still reaches the plan's score is left out, the heaviest first (review
	 * round 49, syn-63347-00011 E3: the profile page shown, where the voucher and the
	 * restored record reach 75 without it). Not where a step waits on another (a
	 * {@code blocked} action, possible only once an earlier step lifts what rules it
	 * out): the what-if would apply it regardless.
	 */
	private List<Candidate> needed(List<Candidate> chosen, Evaluation reached, String id) {
		if (chosen.size() < 2 || chosen.stream().anyMatch(Candidate::blocked)) {
			return chosen;
		}
		int score = reached.score(id);
		List<Candidate> needed = new ArrayList<>(chosen);
		// the heaviest is tried first, so that of two steps either of which the other
		// does without, the lighter stays (the phone shown, not the notarisation)
		List<Candidate> heaviestFirst = new ArrayList<>(chosen);
		heaviestFirst.sort(LIGHTER.reversed());
		for (Candidate c : heaviestFirst) {
			List<Candidate> without = new ArrayList<>(needed);
			without.remove(c);
			if (!without.isEmpty() && this.whatIfs.evaluate(patches(without, null)).score(id) >= score) {
				needed = without;
			}
		}
		return needed;
	}

	/**
	 * Of {@code tried}, the action that, added to those chosen, raises the item's score
	 * most, the one of least effort among equals; {@code null} when none raises it.
	 */
	private Step next(EvidenceItem item, List<Candidate> chosen, Evaluation reached, List<Candidate> tried) {
		String id = item.id();
		Step best = null;
		Step bestInTime = null;
		for (Candidate candidate : addable(item, tried, chosen, reached)) {
			Evaluation together = this.whatIfs.evaluate(patches(chosen, candidate));
			Step step = new Step(candidate, together, null);
			best = higher(best, step, reached, id);
			if (!candidate.due().overdue()) {
				bestInTime = higher(bestInTime, step, reached, id);
			}
		}
		// an action whose time limit has passed is taken before one still in time only
		// where it reaches a better level: it may be refused as late (review round 46,
		// syn-91577-00013: a notarisation after the limit, 85, before the phone shown at
		// the hearing, 80, both low risk); it may still follow as the next step
		if (best != null && bestInTime != null && best.action().due().overdue()
				&& bestInTime.reached().level(id) == best.reached().level(id)) {
			return bestInTime;
		}
		return best;
	}

	/**
	 * Of the step so far and another, the one that raises the item's score most, of two
	 * that reach the same score the lighter (less effort, review round 37; then one the
	 * court need not grant, review round 45, syn-80231-00009 E1: a colleague's phone
	 * notarised, not an order for the employer's copy), then one that cures a defect
	 * rather than offset it (review round 46, syn-91577-00006 E4: the whole conversation,
	 * not a platform's certificate of the excerpt); {@code null} while neither raises it.
	 */
	private static Step higher(Step best, Step step, Evaluation reached, String id) {
		int bestScore = ((best != null) ? best.reached() : reached).score(id);
		int score = step.reached().score(id);
		boolean lighter = best != null && score == bestScore && STEP_ORDER.compare(step, best) < 0;
		return (score > bestScore || lighter) ? step : best;
	}

	/**
	 * Of {@code candidates}, those that can still join the actions chosen: not chosen
	 * yet, possible once they are done, not ruled out in {@code reached}, and of no
	 * family the plan already takes.
	 */
	private List<Candidate> addable(EvidenceItem item, List<Candidate> candidates, List<Candidate> chosen,
			Evaluation reached) {
		EvidenceItem done = ItemPatch.applyToItem(item, patches(chosen, null));
		return candidates.stream()
			.filter(c -> !chosen.contains(c) && possible(c.remedy(), reached.legalCase(), done)
					&& !blocked(c.remedy(), reached, item.id()) && !sameGroup(c, chosen))
			.toList();
	}

	/**
	 * Where no action raises the score, one that lifts a refusal still holding it (the
	 * item not yet cross-examined) followed by one that then raises it: the first such
	 * pair, with room for both in the plan; {@code null} when there is none.
	 */
	private Step unlocked(EvidenceItem item, List<Candidate> pool, List<Candidate> chosen, Evaluation reached) {
		String id = item.id();
		Set<String> refusals = refusals(reached, id);
		if (chosen.size() > PLAN_SIZE - 2 || refusals.isEmpty()) {
			return null;
		}
		for (Candidate lifting : addable(item, pool, chosen, reached)) {
			Evaluation lifted = this.whatIfs.evaluate(patches(chosen, lifting));
			if (refusals(lifted, id).containsAll(refusals)) {
				continue;
			}
			List<Candidate> withLift = new ArrayList<>(chosen);
			withLift.add(lifting);
			Step then = next(item, withLift, lifted, promising(pool, withLift, lifted, id));
			if (then != null) {
				return new Step(lifting, lifted, then);
			}
		}
		return null;
	}

	/**
	 * Where no action raises the score further alone, two that do together (the account
	 * tied by the first step, a disputed voice still to be played on the phone and its
	 * speaker shown to act for the employer): of the actions that can still join the
	 * plan, the one that alone raised authenticity most, the one that raised relevance
	 * most, then the rest, {@link #PAIR_TRIES} in all, tried in pairs; the first pair
	 * that raises the score, with room for both in the plan; {@code null} when there is
	 * none (review round 41, syn-40417-00011 E3).
	 */
	private Step pairedStep(EvidenceItem item, List<Candidate> pool, List<Candidate> chosen, Evaluation reached) {
		if (chosen.size() > PLAN_SIZE - 2) {
			return null;
		}
		String id = item.id();
		ItemScore base = this.whatIfs.base().scores().get(id);
		List<Candidate> moving = pairOrder(addable(item, pool, chosen, reached), id, base);
		for (int i = 0; i < moving.size(); i++) {
			for (int j = i + 1; j < moving.size(); j++) {
				Candidate first = moving.get(i);
				Candidate second = moving.get(j);
				List<Candidate> withFirst = new ArrayList<>(chosen);
				withFirst.add(first);
				if (sameGroup(second, List.of(first)) || !possible(second.remedy(), reached.legalCase(),
						ItemPatch.applyToItem(item, patches(withFirst, null)))) {
					continue;
				}
				Evaluation both = this.whatIfs.evaluate(patches(withFirst, second));
				if (both.score(id) > reached.score(id)) {
					Evaluation once = this.whatIfs.evaluate(patches(chosen, first));
					// the first alone may do what the pair does, its gain hidden before
					// (a floor the item stood on): then the second adds nothing but its
					// premises (review round 42, syn-52391-00005 E5)
					return (once.score(id) >= both.score(id)) ? new Step(first, once, null)
							: new Step(first, once, new Step(second, both, null));
				}
			}
		}
		return null;
	}

	/**
	 * The rules whose findings in {@code state} say courts would usually refuse the item.
	 */
	private static Set<String> refusals(Evaluation state, String itemId) {
		Set<String> found = new HashSet<>();
		state.findingsFor(itemId)
			.stream()
			.filter(f -> f.effect() == Effect.LIKELY_REFUSED)
			.forEach(f -> found.add(f.ruleId()));
		return found;
	}

	/**
	 * An action added to a plan, the case assessed with it, and the step it makes way
	 * for.
	 */
	private record Step(Candidate action, Evaluation reached, Step then) {

	}

	/**
	 * The plan already takes an action of the candidate's family: two ways of fixing the
	 * same record (a notary and a platform) or two kinds of corroboration are
	 * alternatives, and a plan asks for one.
	 */
	private static boolean sameGroup(Candidate candidate, List<Candidate> chosen) {
		String group = candidate.remedy().group();
		return group != null && chosen.stream().anyMatch(c -> group.equals(c.remedy().group()));
	}

	/**
	 * The actions not chosen yet that, alone, improved what holds the score down in
	 * {@code reached}: a cap they lift (corroboration, refusal) or the weaker of
	 * authenticity and relevance; the most improving first. An action that alone removed
	 * a refusal still standing in {@code reached} counts as lifting it, though alone it
	 * moved no score: on a copy the rules found untrue, nothing shows until the copy is
	 * refiled (review round 39, syn-64123-00015 E4: the public page's capture, after the
	 * refiling, took a link refused at 40 to 85). Then the first {@link #CURING_TRIES}
	 * others that cure a defect of the item, though alone they improved nothing: a floor
	 * may hide what they do until an earlier step lifts the item to it (review round 50,
	 * syn-71293-00016 E1: the whole conversation, its −20 for an excerpt hidden by the
	 * opponent's silence, once the phone is shown reaches what a platform's certificate
	 * of the excerpt does, and cures the excerpt).
	 */
	private List<Candidate> promising(List<Candidate> pool, List<Candidate> chosen, Evaluation reached, String id) {
		ItemScore base = this.whatIfs.base().scores().get(id);
		ItemScore state = reached.scores().get(id);
		boolean capped = state.overall() < Math.min(state.authenticity(), state.relevance());
		// the refusals standing since before any action: one the action alone removed
		Set<String> refusals = new HashSet<>(capped ? refusals(reached, id) : Set.of());
		refusals.retainAll(refusals(this.whatIfs.base(), id));
		List<Candidate> found = new ArrayList<>();
		for (Candidate candidate : pool) {
			if (!chosen.contains(candidate) && improvement(candidate, id, base, state, capped, refusals) > 0) {
				found.add(candidate);
			}
		}
		found.sort(
				Comparator.comparingInt((Candidate c) -> improvement(c, id, base, state, capped, refusals)).reversed());
		List<Candidate> tried = new ArrayList<>(found.subList(0, Math.min(TRIES_PER_STEP, found.size())));
		addCuring(tried, pool, c -> !chosen.contains(c));
		return tried;
	}

	/**
	 * Adds to {@code tried} the first {@link #CURING_TRIES} of {@code pool} not in it
	 * that {@code allowed} lets through and that cure a defect of the item, whatever they
	 * do alone.
	 */
	private static void addCuring(List<Candidate> tried, List<Candidate> pool, Predicate<Candidate> allowed) {
		pool.stream()
			.filter(c -> c.cures() && allowed.test(c) && !tried.contains(c))
			.limit(CURING_TRIES)
			.forEach(tried::add);
	}

	private static int improvement(Candidate candidate, String id, ItemScore base, ItemScore state, boolean capped,
			Set<String> refusals) {
		ItemScore alone = candidate.after().scores().get(id);
		if (capped) {
			boolean lifted = (base.needsCorroboration() && !alone.needsCorroboration())
					|| alone.overall() - Math.min(alone.authenticity(), alone.relevance()) > base.overall()
							- Math.min(base.authenticity(), base.relevance())
					|| liftsARefusal(candidate, id, refusals);
			return lifted ? 100 : 0;
		}
		int gain = 0;
		if (state.authenticity() <= state.relevance()) {
			gain = Math.max(gain, alone.authenticity() - base.authenticity());
		}
		if (state.relevance() <= state.authenticity()) {
			gain = Math.max(gain, alone.relevance() - base.relevance());
		}
		return gain;
	}

	/** The action alone removed one of {@code refusals}. */
	private static boolean liftsARefusal(Candidate candidate, String id, Set<String> refusals) {
		if (refusals.isEmpty()) {
			return false;
		}
		Set<String> after = refusals(candidate.after(), id);
		return refusals.stream().anyMatch(r -> !after.contains(r));
	}

	/**
	 * The candidates that change the findings at all, the first of each distinct change
	 * (the candidates come ranked).
	 */
	private List<Candidate> distinctEffects(List<Candidate> ranked) {
		Set<List<Finding>> seen = new HashSet<>();
		seen.add(this.whatIfs.base().findings());
		List<Candidate> pool = new ArrayList<>();
		// an action possible now stands for its effect before one ruled out for now
		List<Candidate> possibleFirst = new ArrayList<>(ranked);
		possibleFirst.sort(Comparator.comparing(Candidate::blocked));
		for (Candidate candidate : possibleFirst) {
			if (seen.add(candidate.after().findings())) {
				pool.add(candidate);
			}
		}
		return pool;
	}

	private static List<ItemPatch> patches(List<Candidate> chosen, Candidate extra) {
		List<ItemPatch> patches = new ArrayList<>();
		chosen.forEach(c -> patches.add(c.patch()));
		if (extra != null) {
			patches.add(extra.patch());
		}
		return patches;
	}

	/** An action offered alone, and why where it gains the item nothing. */
	private RemedyOption option(Candidate c, String itemId, int before, String because) {
		boolean gains = c.after().score(itemId) > before || caseScore(c.after()) > this.baseCaseScore;
		return option(c, itemId, before, because, gains ? c.assumes() : withoutCounterEvidence(c.assumes()), null);
	}

	private RemedyOption option(Candidate c, String itemId, int before, String because, List<String> assumes,
			IfRebutted ifRebutted) {
		Remedy remedy = c.remedy();
		int score = c.after().score(itemId);
		Due due = c.due();
		return new RemedyOption(c.id(), remedy.actionZh(), remedy.actionEn(), WireNames.of(remedy.effort()),
				due.deadlineZh(), due.deadlineEn(), due.dueBy(), due.overdue(), due.afterExpiry(), due.afterExpiryEn(),
				assumes, remedy.basis(), score, c.after().level(itemId), score - before, because, caseScore(c.after()),
				ifRebutted);
	}

	/**
	 * The opponent has filed counter-evidence against the item that the case file does
	 * not yet say is, or is not, enough to rebut it (证据规定第八十五条第二款): the item's score
	 * stands on that open answer. The actions that gain nothing as it is but would hold
	 * the item up were the counter-evidence found enough to rebut it (an appraisal that
	 * finds the data authentic, corroboration) are offered for that, each scored by
	 * re-running the rules with the rebuttal found sufficient, with and without it: the
	 * best of each group, best first. The time limit for evidence ends before the hearing
	 * that weighs the counter-evidence, so they cannot wait for its answer.
	 */
	private List<RemedyOption> hedges(EvidenceItem item, List<Candidate> sorted, List<Candidate> offered, int before) {
		Dispute dispute = item.dispute();
		if (!Boolean.TRUE.equals(dispute.counterEvidence()) || dispute.rebuttalSufficient() != null
				|| Boolean.TRUE.equals(dispute.rebuttalOverturns())) {
			return List.of();
		}
		ItemPatch rebutted = new ItemPatch(item.id(), Map.of(REBUTTAL_SUFFICIENT, true), Map.of());
		Evaluation rebuttedCase = this.whatIfs.evaluate(rebutted);
		int without = rebuttedCase.score(item.id());
		Set<String> groups = new HashSet<>();
		Set<String> taken = offered.stream().map(Candidate::id).collect(Collectors.toSet());
		List<Candidate> hedging = new ArrayList<>();
		Map<String, Integer> held = new HashMap<>();
		for (Candidate c : sorted) {
			if (c.blocked() || taken.contains(c.id()) || c.patch().set().containsKey(REBUTTAL_SUFFICIENT)) {
				continue;
			}
			int with = this.whatIfs.evaluate(List.of(c.patch(), rebutted)).score(item.id());
			if (with > without) {
				hedging.add(c);
				held.put(c.id(), with);
			}
		}
		hedging.sort(Comparator.comparingInt((Candidate c) -> held.get(c.id())).reversed());
		List<RemedyOption> options = new ArrayList<>();
		for (Candidate c : hedging) {
			String group = c.remedy().group();
			if (group == null || groups.add(group)) {
				// what the score held takes for granted, the rebuttal found
				// sufficient: for a notarised record, that the counter-evidence
				// does not also overturn it
				List<String> assumes = OpenAssumptions.of(c.remedy(), rebuttedCase.legalCase(), item.id(),
						files(c.after().legalCase(), item, true));
				options.add(option(c, item.id(), before, RemedyOption.MEETS_COUNTER_EVIDENCE, assumes,
						new IfRebutted(without, held.get(c.id()))));
			}
		}
		return options;
	}

	/**
	 * An action offered alone that raises neither the item's score nor the case's
	 * promises nothing the counter-evidence could take away: that it fails is no proviso
	 * on it.
	 */
	private static List<String> withoutCounterEvidence(List<String> assumes) {
		List<String> met = List.of(WireNames.of(Assumption.COUNTER_EVIDENCE_MET),
				WireNames.of(Assumption.NOTARISATION_STANDS));
		return assumes.stream().filter(a -> !met.contains(a)).toList();
	}

	/**
	 * The action is to be done for the item whatever it adds ({@code evenAtNoGain}, or
	 * {@code evenAtNoGainWhen} holds for it).
	 */
	private boolean required(Remedy remedy, EvidenceItem item) {
		return remedy.evenAtNoGain() || (!remedy.evenAtNoGainWhen().isEmpty()
				&& ItemConditions.holds(remedy.evenAtNoGainWhen(), item, this.whatIfs.base().legalCase()));
	}

	/**
	 * Why an action that gains the item nothing, or any action on an item whose claim is
	 * to be dropped (where only what averts a sanction is tried), is offered all the
	 * same; {@code null} for none. On such an item only a sanction averted counts. Else:
	 * it is to be done all the same, or it files a record that proves a fact the item is
	 * offered for by itself and so raises the case's score (the carrier's record of a
	 * delivery whose photo courts would refuse, review round 41, syn-40417-00010 E3).
	 */
	private String offeredAtNoGain(Candidate c, EvidenceItem item, boolean moot) {
		if (c.avertsSanction()) {
			return RemedyOption.AVERTS_SANCTION;
		}
		if (moot) {
			return null;
		}
		if (required(c.remedy(), item)) {
			return RemedyOption.REQUIRED;
		}
		// the opponent's signed paper too, which the plan leaves out as it may not exist
		// (review round 44, syn-70913-00001: an IOU would take the case from 38 to 75)
		if (files(c.after().legalCase(), item, true) && raisesTheCase(c)) {
			return RemedyOption.PROVES_FACT;
		}
		// a record that proves its fact by itself but raises the case only with another
		// link proved as well (a sale's contract and the carrier's record of delivery:
		// review round 47, syn-24683-00016) still strengthens its fact
		if (strengthensItsFact(c, item)) {
			return RemedyOption.STRENGTHENS_FACT;
		}
		return alsoProvesItsFact(c.after().legalCase(), item) ? RemedyOption.ALSO_PROVES_FACT : null;
	}

	private boolean raisesTheCase(Candidate c) {
		return caseScore(c.after()) > this.baseCaseScore;
	}

	/** The case's score after an action, worked out once for each evaluation. */
	private int caseScore(Evaluation after) {
		return this.caseScores.computeIfAbsent(after, e -> e.caseScore(this.ruleSet));
	}

	/**
	 * The action makes a fact the item is offered for better proved, as its chain link
	 * counts it, though the item's own score does not show it (review round 44,
	 * syn-70913-00009: a witness to what a bride-price transfer was for, the payer's word
	 * alone capping the link): the case's score rises with it once its other links are as
	 * strong.
	 */
	private boolean strengthensItsFact(Candidate c, EvidenceItem item) {
		return this.whatIfs.base()
			.legalCase()
			.factsToProve()
			.stream()
			.filter(f -> item.proves().contains(f.id()))
			.anyMatch(f -> c.after().factStrength(this.ruleSet, f) > this.baseFactStrengths.get(f.id()));
	}

	private static PlannedAction plannedAction(Candidate c, String itemId) {
		Remedy remedy = c.remedy();
		Due due = c.due();
		return new PlannedAction(c.id(), remedy.actionZh(), remedy.actionEn(), WireNames.of(remedy.effort()),
				due.deadlineZh(), due.deadlineEn(), due.dueBy(), due.overdue(), due.afterExpiry(), due.afterExpiryEn(),
				c.assumes(), remedy.basis(), List.of(itemId), Map.of(), null);
	}

	/**
	 * When the action is due and whether that day has passed: passed when it is before
	 * the day the case file says the opinion is prepared for; and what follows a passed
	 * time limit when it has passed, or may have because the case file does not say that
	 * day: the time limit's own {@code whenPassed} (a late application), else late
	 * evidence (rules/deadlines.yaml, {@code afterExpiry}).
	 */
	private Due due(Remedy remedy, LegalCase legalCase, String itemId) {
		LocalDate dueBy = dueBy(remedy, legalCase);
		if (dueBy != null && this.madeAfterLimit != null && madeAfterTheLimit(legalCase, itemId)) {
			// a time limit that ended before the record was made never ran for it
			return new Due(this.madeAfterLimit.zh(), this.madeAfterLimit.en(), null, false, null, null);
		}
		LocalDate preparedOn = legalCase.preparedOn();
		boolean overdue = dueBy != null && preparedOn != null && dueBy.isBefore(preparedOn);
		boolean mayHavePassed = overdue || (dueBy != null && preparedOn == null);
		if (!mayHavePassed) {
			return new Due(remedy.deadlineZh(), remedy.deadlineEn(), dueBy, false, null, null);
		}
		Deadline own = remedy.timeLimit().passed();
		Deadline after = (own != null) ? own : this.afterExpiry;
		return new Due(remedy.deadlineZh(), remedy.deadlineEn(), dueBy, overdue, (after != null) ? after.zh() : null,
				(after != null) ? after.en() : null);
	}

	/**
	 * The day whose law the time limits are cited by: the end of the time limit for
	 * evidence where it came before the law date (an action was due under the law of its
	 * day), else the law date.
	 */
	private static LocalDate limitDay(LegalCase legalCase) {
		LocalDate ends = legalCase.evidencePeriodEnds();
		return (ends != null && ends.isBefore(legalCase.lawDate())) ? ends : legalCase.lawDate();
	}

	/**
	 * The item's record was made after the time limit for evidence ended. A bill is not:
	 * it is a fresh export of payments made before, whatever day it was exported, and
	 * could have been had within the limit.
	 */
	private static boolean madeAfterTheLimit(LegalCase legalCase, String itemId) {
		EvidenceItem item = legalCase.item(itemId);
		return item.kind() != ItemKind.BILL && item.madeAfter(legalCase.evidencePeriodEnds());
	}

	/**
	 * The last day for an action with a deadline, when the case file gives the end of the
	 * time limit for evidence (举证期限): every time limit in rules/deadlines.yaml runs to
	 * that day (证据规定第五十一条; applications for preservation, investigation, witnesses and
	 * appraisal are made before it expires), or, under the 2001 text, some a few days
	 * before it ({@code dueDaysBefore}: 7 for preservation and investigation, 10 for a
	 * witness).
	 */
	static LocalDate dueBy(Remedy remedy, LegalCase legalCase) {
		if (remedy.deadlineZh() == null || remedy.deadlineSetByCourt() || legalCase.evidencePeriodEnds() == null) {
			return null;
		}
		return legalCase.evidencePeriodEnds().minusDays(remedy.dueDaysBefore());
	}

	private static PlanStep step(Candidate c, Evaluation reached, String itemId) {
		return new PlanStep(c.id(), c.remedy().actionZh(), c.remedy().actionEn(), reached.score(itemId),
				reached.level(itemId), c.assumes(), c.due().overdue() ? c.due().afterExpiry() : null,
				c.due().overdue() ? c.due().afterExpiryEn() : null);
	}

	/**
	 * The remedies the item's findings name, in their order, then those that settle a
	 * fact the item's questions leave open ({@code settledBy} in questions.yaml): a tie
	 * of the account credits a video the client filmed, though no finding weighs its
	 * absence.
	 */
	private Set<String> named(Evaluation current, EvidenceItem item) {
		Set<String> ids = new LinkedHashSet<>();
		current.findingsFor(item.id()).forEach(f -> ids.addAll(f.remedies()));
		UnknownsAnalysis.open(this.ruleSet, current, item).forEach(q -> ids.addAll(q.settledBy()));
		return ids;
	}

	/**
	 * The action in the words of its first variant that fits the item (its account tied
	 * or not, as the assessment has it), or as written.
	 */
	private static Remedy worded(Remedy remedy, EvidenceItem item, LegalCase legalCase, boolean accountTied) {
		return remedy.variants()
			.stream()
			.filter(v -> ItemConditions.fits(v.kinds(), v.when(), item, legalCase, accountTied))
			.findFirst()
			.map(remedy::worded)
			.orElse(remedy);
	}

	/**
	 * The action is still possible: it fits the item's kind, the case's cause of action
	 * and what the item is offered to prove, and the facts it needs still hold.
	 */
	static boolean possible(Remedy remedy, LegalCase legalCase, EvidenceItem item) {
		if (!remedy.causes().isEmpty() && (legalCase.causeOfAction() == null
				|| !remedy.causes().contains(WireNames.of(legalCase.causeOfAction())))) {
			return false;
		}
		return bearsOnWhatItProves(remedy, legalCase, item)
				&& ItemConditions.fits(remedy.kinds(), remedy.requires(), item, legalCase);
	}

	/**
	 * The action bears on a fact the item is offered to prove (a bank record on the money
	 * delivered, not on the promise to marry); an item that proves no fact the case file
	 * names, or one without its element, could be offered for any.
	 */
	private static boolean bearsOnWhatItProves(Remedy remedy, LegalCase legalCase, EvidenceItem item) {
		if (remedy.elements().isEmpty()) {
			return true;
		}
		List<FactToProve> proved = legalCase.factsToProve()
			.stream()
			.filter(fact -> item.proves().contains(fact.id()))
			.toList();
		return proved.isEmpty() || proved.stream()
			.anyMatch(fact -> fact.element() == null || remedy.elements().contains(fact.element()));
	}

	/**
	 * A plan's first actions, each with the case assessed once it and those before it are
	 * done.
	 */
	private record Start(List<Candidate> actions, List<Evaluation> after, Start replaced) {

		Start(List<Candidate> actions, List<Evaluation> after) {
			this(actions, after, null);
		}

		Evaluation reached() {
			return this.after.get(this.after.size() - 1);
		}

	}

	/**
	 * In {@code state} the item has a finding that rules the action out for now
	 * ({@code unlessFinding}).
	 */
	private static boolean blocked(Remedy remedy, Evaluation state, String itemId) {
		return !remedy.unlessFinding().isEmpty()
				&& state.findingsFor(itemId).stream().anyMatch(f -> remedy.unlessFinding().contains(f.ruleId()));
	}

	/**
	 * What the court or an expert decides, which the lawyer can ask for but not secure.
	 */
	private static final Set<String> DECIDED_BY_OTHERS = Stream
		.of(Assumption.COURT_GRANTS, Assumption.ORDER_OBEYED, Assumption.APPRAISAL_CONFIRMS,
				Assumption.APPRAISAL_MAKES_OUT)
		.map(WireNames::of)
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * Of two actions, the one of less effort first, then the one whose promise rests on
	 * fewer decisions of the court or an expert, then on fewer assumptions.
	 */
	private static final Comparator<Candidate> LIGHTER = Comparator.comparing((Candidate c) -> c.remedy().effort())
		.thenComparingLong(c -> c.assumes().stream().filter(DECIDED_BY_OTHERS::contains).count())
		.thenComparingInt(c -> c.assumes().size());

	/** Of two actions, the lighter ({@link #LIGHTER}), then the one still in time. */
	private static final Comparator<Candidate> LIGHTER_IN_TIME = LIGHTER.thenComparing(c -> c.due().mayHavePassed());

	/**
	 * Of two sets of actions, the one whose heaviest action is lighter
	 * ({@link #LIGHTER_IN_TIME}), then the next heaviest, and so on.
	 */
	private static final Comparator<List<Candidate>> LIGHTER_PAIR = (a, b) -> {
		List<Candidate> x = a.stream().sorted(LIGHTER_IN_TIME.reversed()).toList();
		List<Candidate> y = b.stream().sorted(LIGHTER_IN_TIME.reversed()).toList();
		for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
			int order = LIGHTER_IN_TIME.compare(x.get(i), y.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(x.size(), y.size());
	};

	/**
	 * Of two next steps that reach the same score, the lighter action first, then the one
	 * that leaves fewer defects standing (it cures one, where the other offsets it).
	 */
	private static final Comparator<Step> STEP_ORDER = Comparator.comparing(Step::action, LIGHTER)
		.thenComparingInt(s -> defects(s.reached(), s.action().patch().itemId()).size());

	/**
	 * An action possible for an item, applied and assessed; what its score takes for
	 * granted, when it is due and whether it cures a defect are the item's in the case as
	 * it stands, found once.
	 *
	 * @param id the remedy's id
	 * @param remedy the remedy
	 * @param patch its change to the item
	 * @param after the case assessed with the change
	 * @param preference the order the rules name it in (findings by rule id, then the
	 * order of {@code @remedies}): among equal gains and efforts, the rule author's order
	 * @param blocked a finding on the item rules it out for now: it is neither offered
	 * alone nor a plan's first step, and joins a plan once earlier steps remove the
	 * finding
	 * @param assumes what its score takes for granted ({@link OpenAssumptions}); empty
	 * for nothing
	 * @param due when it is due
	 * @param cures it removes a finding that undermines the item, rather than only adding
	 * points that offset it
	 * @param avertsSanction it answers a warning that filing the item as it is risks a
	 * sanction for false evidence
	 */
	private record Candidate(String id, Remedy remedy, ItemPatch patch, Evaluation after, int preference,
			boolean blocked, List<String> assumes, Due due, boolean cures, boolean avertsSanction) {

	}

	/**
	 * What the planner found for one item.
	 *
	 * @param options the actions that raise the score, best first
	 * @param plan the combined plan, {@code null} when no action raises the score
	 * @param planPatches the plan's changes, to combine with the other items' plans, and
	 * those of the actions that file a record proving one of its facts by itself
	 * @param planActions the plan's actions, and the record-filing ones, for the case
	 * plan
	 * @param possible every action its findings name that is still possible for it, with
	 * its change to the item, whether or not it gains alone (the case plan may take it
	 * for this item when it takes it for another)
	 * @param without where the plan rests on a premise the client has not confirmed and
	 * whose answer moves no score, the remedies planned without it; {@code null} where it
	 * rests on none
	 */
	record ItemRemedies(List<RemedyOption> options, RemedyPlan plan, List<ItemPatch> planPatches,
			List<PlannedAction> planActions, Map<String, Possible> possible, Without without) {

		/**
		 * What the steps of the plan, and of the plan without its premises, take for
		 * granted (wire names), each once.
		 */
		Set<String> plansAssume() {
			Set<String> assumed = new LinkedHashSet<>(stepsAssume(this.plan));
			if (this.without != null) {
				assumed.addAll(stepsAssume(this.without.remedies().plan()));
			}
			return assumed;
		}

	}

	/** What the steps of a plan take for granted (wire names); none without a plan. */
	static Set<String> stepsAssume(RemedyPlan plan) {
		if (plan == null) {
			return Set.of();
		}
		return plan.steps()
			.stream()
			.flatMap(step -> step.assumes().stream())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * An item's remedies planned without the actions that take {@code premises} for
	 * granted: its {@code plan} and {@code planPatches} and {@code planActions} for the
	 * case plan; its {@code options} and {@code possible} are the item's own.
	 */
	record Without(List<String> premises, ItemRemedies remedies) {

	}

	/**
	 * An action possible for an item: its change to the item, what its score takes for
	 * granted there, whether it answers a warning that filing the item as it is risks a
	 * sanction for false evidence, and whether it is to be done for the item whatever it
	 * adds ({@code evenAtNoGain}: the registry's search, the direct proof of the ground);
	 * the case plan keeps such actions whatever they add to its score.
	 */
	record Possible(ItemPatch patch, List<String> assumes, PlannedAction action, boolean avertsSanction,
			boolean required) {

	}

	/**
	 * An action's last day, whether it has passed, and what follows if it has or may
	 * have.
	 */
	private record Due(String deadlineZh, String deadlineEn, LocalDate dueBy, boolean overdue, String afterExpiry,
			String afterExpiryEn) {

		/** The time limit has passed, or may have (the case file does not say when). */
		boolean mayHavePassed() {
			return this.afterExpiry != null;
		}

	}

}
