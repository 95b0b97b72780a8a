package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.evidenceassessor.assessment.Opinion.OpenQuestion;
import com.evidenceassessor.assessment.Opinion.Unknowns;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.rules.Question;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.WireNames;

/**
 * An unknown fact is not neutral evidence: for each fact the case file leaves open that
 * {@code rules/questions.yaml} lists for the item's kind, the item is assessed with the
 * answer that favours the client and with the one that hurts; the facts that move the
 * score become questions, most decisive first, and all of them together give the range.
 */
final class UnknownsAnalysis {

	private final RuleSet ruleSet;

	UnknownsAnalysis(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
	}

	Unknowns analyse(Evaluation current, EvidenceItem item) {
		int now = current.score(item.id());
		List<OpenQuestion> open = new ArrayList<>();
		List<ItemPatch> best = new ArrayList<>();
		List<ItemPatch> worst = new ArrayList<>();
		for (Question question : this.ruleSet.questions()) {
			if (!applies(question, current, item)) {
				continue;
			}
			ItemPatch good = ItemPatch.set(item.id(), question.field(), question.best());
			ItemPatch bad = ItemPatch.set(item.id(), question.field(), question.worst());
			int ifBest = scoreWith(current, item, List.of(good));
			int ifWorst = scoreWith(current, item, List.of(bad));
			if (ifBest != now || ifWorst != now) {
				open.add(new OpenQuestion(question.field(), question.questionZh(), question.questionEn(), ifBest,
						ifWorst));
				best.add(good);
				worst.add(bad);
			}
		}
		if (open.isEmpty()) {
			return new Unknowns(now, now, List.of());
		}
		open.sort(Comparator.comparingInt((OpenQuestion q) -> q.ifBest() - q.ifWorst())
			.reversed()
			.thenComparing(OpenQuestion::field));
		return new Unknowns(scoreWith(current, item, worst), scoreWith(current, item, best), List.copyOf(open));
	}

	private boolean applies(Question question, Evaluation current, EvidenceItem item) {
		boolean kindFits = question.kinds().isEmpty() || question.kinds().contains(WireNames.of(item.kind()));
		return kindFits && ItemPatch.valueAt(current.legalCase(), item.id(), question.field()) == null;
	}

	private int scoreWith(Evaluation current, EvidenceItem item, List<ItemPatch> patches) {
		return current.with(this.ruleSet, patches).score(item.id());
	}

}
