package com.evidenceassessor.assessment;

import java.util.Map;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.LegalCase;

/**
 * The case's score from its items' scores: the weakest fact to prove, each as strong as
 * its best item that is not excluded (the mean of the items that are not excluded — they
 * are out, not zero — when the case file names no facts to prove). One definition for the
 * opinion and for every what-if on the case.
 */
final class CaseScores {

	private CaseScores() {
	}

	static int of(LegalCase legalCase, Map<String, ItemScore> scores) {
		if (legalCase.factsToProve().isEmpty()) {
			return (int) Math.round(legalCase.items()
				.stream()
				.map(i -> scores.get(i.id()))
				.filter(CaseScores::usable)
				.mapToInt(ItemScore::overall)
				.average()
				.orElse(0));
		}
		int weakest = Integer.MAX_VALUE;
		for (FactToProve fact : legalCase.factsToProve()) {
			weakest = Math.min(weakest, best(legalCase, fact, scores));
		}
		return weakest;
	}

	/** The score of the strongest usable item offered for a fact, 0 when none. */
	static int best(LegalCase legalCase, FactToProve fact, Map<String, ItemScore> scores) {
		int best = 0;
		for (EvidenceItem item : legalCase.items()) {
			ItemScore score = scores.get(item.id());
			if (item.proves().contains(fact.id()) && usable(score)) {
				best = Math.max(best, score.overall());
			}
		}
		return best;
	}

	private static boolean usable(ItemScore score) {
		return score.level() != Level.EXCLUDED;
	}

}
