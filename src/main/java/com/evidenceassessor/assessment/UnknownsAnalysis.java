package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.assessment.Opinion.CaseQuestion;
import com.evidenceassessor.assessment.Opinion.OpenQuestion;
import com.evidenceassessor.assessment.Opinion.Unknowns;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.rules.Question;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.WireNames;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An unknown fact is not neutral evidence. For the facts the case file leaves open that
 * {@code rules/questions.yaml} asks about for the item's kind, the item is assessed with
 * every one of them answered against the client (the worst case) and for the client (the
 * best case): the range. Each question is then answered alone, the others left open; the
 * facts that move the score become questions, most decisive first. A fact that decides
 * only together with others (a lost phone matters once the opponent disputes the chat) is
 * found by taking it back out of the worst (or best) case.
 * <p>
 * The scoring is monotone (a fact for the client never lowers a score, docs/scoring.md),
 * so answers are tried in groups: when a group of answers together leaves the score where
 * it is, none of them moves it alone, and the group needs no more runs; only groups that
 * move something are split. The {@code exhaustive} mode runs every answer alone instead;
 * the tests check both agree on every example case.
 */
final class UnknownsAnalysis {

	private final RuleSet ruleSet;

	private final WhatIfs whatIfs;

	private final boolean exhaustive;

	UnknownsAnalysis(RuleSet ruleSet, WhatIfs whatIfs, boolean exhaustive) {
		this.ruleSet = ruleSet;
		this.whatIfs = whatIfs;
		this.exhaustive = exhaustive;
	}

	ItemUnknowns analyse(EvidenceItem item) {
		String id = item.id();
		int now = this.whatIfs.base().score(id);
		List<Question> open = open(item);
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
		List<Integer> quiet = all.stream().filter(i -> ifBest[i] == ifWorst[i]).toList();
		int[] worstWithout = takenBack(bad, quiet, id, worst, now);
		int[] bestWithout = takenBack(good, quiet, id, best, now);
		List<OpenQuestion> questions = new ArrayList<>();
		for (int i = 0; i < open.size(); i++) {
			int swing = Math.max(ifBest[i] - ifWorst[i], Math.max(worstWithout[i] - worst, best - bestWithout[i]));
			if (swing > 0) {
				Question q = open.get(i);
				questions
					.add(new OpenQuestion(q.field(), q.questionZh(), q.questionEn(), ifBest[i], ifWorst[i], swing));
			}
		}
		questions.sort(Comparator.comparingInt(OpenQuestion::swing).reversed().thenComparing(OpenQuestion::field));
		return new ItemUnknowns(new Unknowns(worst, best, List.copyOf(questions)), bad, good);
	}

	/**
	 * The score with each answer given alone, the other facts left open. By monotonicity,
	 * a group of answers that together leave the score where it is leaves it there one by
	 * one, so groups are tried first and split only where something moves.
	 */
	private int[] answeredAlone(List<ItemPatch> answers, String id, int now, int together) {
		int[] scores = new int[answers.size()];
		java.util.Arrays.fill(scores, now);
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
		java.util.Arrays.fill(scores, extreme);
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
	 * Splits a group until each part either scores the reference (nothing in it moves the
	 * score) or is one question, whose score is recorded.
	 */
	private static void search(List<Integer> group, int groupScore, int reference,
			java.util.function.ToIntFunction<List<Integer>> scoreOf, int[] scores) {
		if (groupScore == reference) {
			return;
		}
		if (group.size() == 1) {
			scores[group.get(0)] = groupScore;
			return;
		}
		List<Integer> first = group.subList(0, group.size() / 2);
		List<Integer> second = group.subList(group.size() / 2, group.size());
		search(first, scoreOf.applyAsInt(first), reference, scoreOf, scores);
		search(second, scoreOf.applyAsInt(second), reference, scoreOf, scores);
	}

	/**
	 * The questions across items, each once: the items whose score it moves and the most
	 * it moves any of them; most decisive first, then the one that touches most items.
	 */
	static List<CaseQuestion> acrossItems(Map<String, Unknowns> byItem) {
		Map<String, CaseQuestion> merged = new LinkedHashMap<>();
		byItem.forEach((itemId, unknowns) -> {
			for (OpenQuestion q : unknowns.questions()) {
				CaseQuestion seen = merged.get(q.field());
				List<String> items = new ArrayList<>((seen != null) ? seen.items() : List.of());
				items.add(itemId);
				int swing = (seen != null) ? Math.max(seen.swing(), q.swing()) : q.swing();
				merged.put(q.field(),
						new CaseQuestion(q.field(), q.question(), q.questionEn(), List.copyOf(items), swing));
			}
		});
		return merged.values()
			.stream()
			.sorted(Comparator.comparingInt(CaseQuestion::swing)
				.reversed()
				.thenComparing(q -> -q.items().size())
				.thenComparing(CaseQuestion::field))
			.toList();
	}

	/**
	 * The questions asked for the item: its kind fits and the case file leaves the fact
	 * open.
	 */
	private List<Question> open(EvidenceItem item) {
		JsonNode fields = Json.json().valueToTree(item);
		String kind = WireNames.of(item.kind());
		return this.ruleSet.questions()
			.stream()
			.filter(q -> q.kinds().isEmpty() || q.kinds().contains(kind))
			.filter(q -> ItemPatch.valueAt(fields, q.field()) == null)
			.toList();
	}

	private int score(List<ItemPatch> answers, List<Integer> chosen, String itemId) {
		List<ItemPatch> patches = new ArrayList<>(chosen.size());
		chosen.forEach(i -> patches.add(answers.get(i)));
		return this.whatIfs.evaluate(patches).score(itemId);
	}

	private static List<Integer> indices(int size) {
		return java.util.stream.IntStream.range(0, size).boxed().toList();
	}

	private static List<Integer> without(List<Integer> all, List<Integer> removed) {
		return all.stream().filter(i -> !removed.contains(i)).toList();
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
