package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import com.evidenceassessor.assessment.Opinion.CaseQuestion;
import com.evidenceassessor.assessment.Opinion.OpenQuestion;
import com.evidenceassessor.assessment.Opinion.Unknowns;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.rules.Question;
import com.evidenceassessor.rules.RuleSet;

/**
 * An unknown fact is not neutral evidence. For the facts the case file leaves open that
 * {@code rules/questions.yaml} asks about for the item's kind, the item is assessed with
 * every one of them answered against the client (the worst case) and for the client (the
 * best case): the range. Each question is then answered alone, the others left open; the
 * facts that move the score become questions, most decisive first. The facts that move
 * nothing alone may still decide together (a lost phone matters once the opponent
 * disputes the chat) and so take the range past what the single answers reach: those are
 * found by taking each back out of the worst (or best) case.
 * <p>
 * The scoring is monotone (a fact for the client never lowers a score, docs/scoring.md),
 * so answers are tried in groups: when a group of answers together leaves the score where
 * it is, none of them moves it alone, and the group needs no more runs; only groups that
 * move something are split. The {@code exhaustive} mode runs every answer alone instead;
 * the tests check both agree on every example case.
 */
final class UnknownsAnalysis {

	/**
	 * The order of the case's questions: the most decisive for the case first, then for
	 * an item, then the one that touches most items.
	 */
	static final Comparator<CaseQuestion> MOST_DECISIVE = Comparator.comparingInt(CaseQuestion::caseSwing)
		.reversed()
		.thenComparing(Comparator.comparingInt(CaseQuestion::swing).reversed())
		.thenComparing((CaseQuestion q) -> -q.items().size())
		.thenComparing(CaseQuestion::field);

	/** A group this small is tried one by one rather than split. */
	private static final int SMALL_GROUP = 3;

	private final RuleSet ruleSet;

	private final WhatIfs whatIfs;

	private final boolean exhaustive;

	UnknownsAnalysis(RuleSet ruleSet, WhatIfs whatIfs, boolean exhaustive) {
		this.ruleSet = ruleSet;
		this.whatIfs = whatIfs;
		this.exhaustive = exhaustive;
	}

	/**
	 * The item's unknowns; {@code premises} are the fields whose favourable answer the
	 * actions offered for the item take for granted, asked even where they move nothing.
	 */
	ItemUnknowns analyse(EvidenceItem item, Set<String> premises) {
		String id = item.id();
		int now = this.whatIfs.base().score(id);
		LegalCase legalCase = this.whatIfs.base().legalCase();
		// what the item shows is no ground for the claim (a festival red
		// packet claimed as bride price), or every fact it is offered for
		// is admitted: nothing about the record itself changes the case, so
		// nothing is asked
		List<Asked> open = this.whatIfs.base().strengtheningMoot(id) ? List.of()
				: open(this.ruleSet, this.whatIfs.base(), item).stream().map(q -> asked(q, item, legalCase)).toList();
		if (open.isEmpty()) {
			return new ItemUnknowns(new Unknowns(now, now, List.of()), List.of(), List.of());
		}
		List<ItemPatch> good = open.stream().map(q -> ItemPatch.set(id, q.field(), q.best())).toList();
		List<ItemPatch> bad = open.stream().map(q -> ItemPatch.set(id, q.field(), q.worst())).toList();
		List<Integer> all = indices(open.size());
		int best = score(good, all, id);
		int worst = score(bad, all, id);
		int[] ifBest = answeredAlone(good, id, now, best);
		int[] ifWorst = answeredAlone(bad, id, now, worst);
		int[] worstWithout = takenBack(bad, quiet(ifWorst, now), id, worst, now);
		int[] bestWithout = takenBack(good, quiet(ifBest, now), id, best, now);
		int[] swings = new int[open.size()];
		for (int i = 0; i < open.size(); i++) {
			swings[i] = Math.max(ifBest[i] - ifWorst[i], Math.max(worstWithout[i] - worst, best - bestWithout[i]));
		}
		complete(bad, swings, id, worst);
		complete(good, swings, id, best);
		List<OpenQuestion> questions = new ArrayList<>();
		for (int i = 0; i < open.size(); i++) {
			int swing = swings[i];
			Asked q = open.get(i);
			boolean premise = premises.contains(q.field());
			if (swing > 0 || premise) {
				questions.add(new OpenQuestion(q.field(), q.zh(), q.en(), q.best(), ifBest[i], q.worst(), ifWorst[i],
						swing, premise));
			}
		}
		questions.sort(Comparator.comparingInt(OpenQuestion::swing).reversed().thenComparing(OpenQuestion::field));
		return new ItemUnknowns(new Unknowns(worst, best, List.copyOf(questions)), bad, good);
	}

	/**
	 * Where two answers each suffice for the extreme score (either drives it to the same
	 * floor), taking one back changes nothing and neither is found above; the questions
	 * found then fall short of the whole range. The open facts not yet listed are added,
	 * in order, each that moves the listed answers further towards the extreme, with that
	 * move as its swing, until the listed answers reach it. One run when nothing is
	 * missing.
	 */
	private void complete(List<ItemPatch> answers, int[] swings, String id, int extreme) {
		List<Integer> listed = new ArrayList<>();
		for (int i = 0; i < swings.length; i++) {
			if (swings[i] > 0) {
				listed.add(i);
			}
		}
		if (listed.size() == swings.length) {
			return;
		}
		int reached = score(answers, listed, id);
		for (int i = 0; i < swings.length && reached != extreme; i++) {
			if (swings[i] > 0) {
				continue;
			}
			listed.add(i);
			int with = score(answers, listed, id);
			if (with != reached) {
				swings[i] = Math.abs(with - reached);
				reached = with;
			}
			else {
				listed.remove(Integer.valueOf(i));
			}
		}
		if (reached != extreme) {
			together(answers, swings, listed, id, extreme - reached);
		}
	}

	/**
	 * Where no open fact moves the listed answers on its own, but the rest do together
	 * (an item held down by one dimension, whose other dimension falls below it only when
	 * several answers go against the client at once): all of them are listed but those
	 * the others reach the extreme without, each with the move they make together as its
	 * swing.
	 */
	private void together(List<ItemPatch> answers, int[] swings, List<Integer> listed, String id, int move) {
		List<Integer> rest = new ArrayList<>(without(indices(swings.length), listed));
		List<Integer> all = new ArrayList<>(listed);
		all.addAll(rest);
		int extreme = score(answers, all, id);
		for (int i : List.copyOf(rest)) {
			all.remove(Integer.valueOf(i));
			if (score(answers, all, id) != extreme) {
				all.add(i);
			}
			else {
				rest.remove(Integer.valueOf(i));
			}
		}
		rest.forEach(i -> swings[i] = Math.abs(move));
	}

	/**
	 * The question as put for this item: in the words, and with the answers, of its first
	 * variant that fits the item, or as written.
	 */
	private static Asked asked(Question question, EvidenceItem item, LegalCase legalCase) {
		for (Question.Variant variant : question.variants()) {
			if (ItemConditions.fits(variant.kinds(), variant.when(), item, legalCase)) {
				return new Asked(question.field(), variant.zh(), variant.en(),
						(variant.best() != null) ? variant.best() : question.best(),
						(variant.worst() != null) ? variant.worst() : question.worst());
			}
		}
		return new Asked(question.field(), question.questionZh(), question.questionEn(), question.best(),
				question.worst());
	}

	/** The answers that, given alone, leave the score where it is. */
	private static List<Integer> quiet(int[] alone, int now) {
		List<Integer> quiet = new ArrayList<>();
		for (int i = 0; i < alone.length; i++) {
			if (alone[i] == now) {
				quiet.add(i);
			}
		}
		return quiet;
	}

	/**
	 * The score with each answer given alone, the other facts left open. By monotonicity,
	 * a group of answers that together leave the score where it is leaves it there one by
	 * one, so groups are tried first and split only where something moves.
	 */
	private int[] answeredAlone(List<ItemPatch> answers, String id, int now, int together) {
		int[] scores = new int[answers.size()];
		Arrays.fill(scores, now);
		if (this.exhaustive) {
			for (int i = 0; i < answers.size(); i++) {
				scores[i] = score(answers, List.of(i), id);
			}
			return scores;
		}
		search(indices(answers.size()), together, now, group -> score(answers, group, id), scores);
		return scores;
	}

	/**
	 * For the answers that move nothing alone: the score of the extreme case (every
	 * answer against, or every answer for, the client) with that answer taken back. A
	 * group whose taking back leaves the extreme case as it is holds no answer that
	 * matters in combination.
	 */
	private int[] takenBack(List<ItemPatch> answers, List<Integer> quiet, String id, int extreme, int now) {
		int[] scores = new int[answers.size()];
		Arrays.fill(scores, extreme);
		if (quiet.isEmpty()) {
			return scores;
		}
		if (this.exhaustive) {
			for (int i : quiet) {
				scores[i] = score(answers, without(indices(answers.size()), List.of(i)), id);
			}
			return scores;
		}
		if (extreme == now) {
			return scores;
		}
		int allTakenBack = (quiet.size() == answers.size()) ? now
				: score(answers, without(indices(answers.size()), quiet), id);
		search(quiet, allTakenBack, extreme, group -> score(answers, without(indices(answers.size()), group), id),
				scores);
		return scores;
	}

	/**
	 * Finds the questions of a group that move the score away from the reference, and
	 * records their scores. A group that leaves the score at the reference holds none. A
	 * moving group is split in two; where only one half moves, that half is searched the
	 * same way (the other needs no more runs); where both move, or the group is small,
	 * its questions are tried one by one — so the search never costs much more than
	 * trying each question, and costs far less when few of them matter.
	 */
	private static void search(List<Integer> group, int groupScore, int reference, ToIntFunction<List<Integer>> scoreOf,
			int[] scores) {
		if (groupScore == reference) {
			return;
		}
		if (group.size() == 1) {
			scores[group.get(0)] = groupScore;
			return;
		}
		if (group.size() <= SMALL_GROUP) {
			oneByOne(group, scoreOf, scores);
			return;
		}
		List<Integer> first = group.subList(0, group.size() / 2);
		List<Integer> second = group.subList(group.size() / 2, group.size());
		int firstScore = scoreOf.applyAsInt(first);
		int secondScore = scoreOf.applyAsInt(second);
		if (firstScore != reference && secondScore != reference) {
			oneByOne(first, scoreOf, scores);
			oneByOne(second, scoreOf, scores);
			return;
		}
		search(first, firstScore, reference, scoreOf, scores);
		search(second, secondScore, reference, scoreOf, scores);
	}

	private static void oneByOne(List<Integer> group, ToIntFunction<List<Integer>> scoreOf, int[] scores) {
		for (int i : group) {
			scores[i] = scoreOf.applyAsInt(List.of(i));
		}
	}

	/**
	 * The questions across items, each once: the items whose score it moves, the most it
	 * moves any of them, and the case's score with each answer given for all those items
	 * at once (two what-if runs a question); the most decisive for the case first, then
	 * for an item, then the one that touches most items.
	 */
	static List<CaseQuestion> acrossItems(Map<String, Unknowns> byItem, WhatIfs whatIfs, RuleSet ruleSet) {
		// one question per field as put to the client: items asked in other words (a
		// Moments post) are asked apart
		Map<List<String>, List<String>> items = new LinkedHashMap<>();
		Map<List<String>, OpenQuestion> first = new LinkedHashMap<>();
		Map<List<String>, Integer> swings = new LinkedHashMap<>();
		Set<List<String>> premises = new HashSet<>();
		byItem.forEach((itemId, unknowns) -> {
			for (OpenQuestion q : unknowns.questions()) {
				List<String> asked = List.of(q.field(), q.questionEn());
				items.computeIfAbsent(asked, f -> new ArrayList<>()).add(itemId);
				first.putIfAbsent(asked, q);
				swings.merge(asked, q.swing(), Math::max);
				if (q.premise()) {
					premises.add(asked);
				}
			}
		});
		List<CaseQuestion> questions = new ArrayList<>();
		first.forEach((asked, q) -> {
			List<String> ids = List.copyOf(items.get(asked));
			questions.add(new CaseQuestion(q.field(), q.question(), q.questionEn(), ids, q.bestAnswer(),
					caseScore(whatIfs, ruleSet, ids, q.field(), q.bestAnswer()), q.worstAnswer(),
					caseScore(whatIfs, ruleSet, ids, q.field(), q.worstAnswer()), swings.get(asked),
					premises.contains(asked)));
		});
		questions.sort(MOST_DECISIVE);
		return List.copyOf(questions);
	}

	private static int caseScore(WhatIfs whatIfs, RuleSet ruleSet, List<String> itemIds, String field, Object answer) {
		List<ItemPatch> patches = itemIds.stream().map(id -> ItemPatch.set(id, field, answer)).toList();
		return whatIfs.evaluate(patches).caseScore(ruleSet);
	}

	/**
	 * The questions asked for the item: its kind fits, the case file leaves the fact
	 * open, the facts that make it matter hold, and no finding on the item (from its
	 * files) already answers it.
	 */
	static List<Question> open(RuleSet ruleSet, Evaluation base, EvidenceItem item) {
		Set<String> fired = new HashSet<>();
		base.findingsFor(item.id()).forEach(f -> fired.add(f.ruleId()));
		return ruleSet.questions()
			.stream()
			.filter(q -> RecordPatcher.read(item, q.field()) == null)
			.filter(q -> ItemConditions.fits(q.kinds(), q.when(), item, base.legalCase()))
			.filter(q -> q.answeredBy().stream().noneMatch(fired::contains))
			.toList();
	}

	private int score(List<ItemPatch> answers, List<Integer> chosen, String itemId) {
		List<ItemPatch> patches = new ArrayList<>(chosen.size());
		chosen.forEach(i -> patches.add(answers.get(i)));
		return this.whatIfs.evaluate(patches).score(itemId);
	}

	private static List<Integer> indices(int size) {
		return IntStream.range(0, size).boxed().toList();
	}

	private static List<Integer> without(List<Integer> all, List<Integer> removed) {
		return all.stream().filter(i -> !removed.contains(i)).toList();
	}

	/**
	 * A question as put for one item.
	 *
	 * @param field the field path
	 * @param zh the question in Chinese
	 * @param en in English
	 * @param best the answer that favours the client
	 * @param worst the answer that hurts the client
	 */
	private record Asked(String field, String zh, String en, Object best, Object worst) {

	}

	/**
	 * What the analysis found for one item.
	 *
	 * @param unknowns the range and the questions
	 * @param worst the changes that make the worst case
	 * @param best the changes that make the best case
	 */
	record ItemUnknowns(Unknowns unknowns, List<ItemPatch> worst, List<ItemPatch> best) {

	}

}
