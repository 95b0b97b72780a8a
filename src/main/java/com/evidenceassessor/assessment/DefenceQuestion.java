package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.assessment.Opinion.CaseQuestion;
import com.evidenceassessor.facts.Defences;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.rules.RuleSet;

/**
 * Whether the opponent backs with evidence the defence it pleads against a money claim (a
 * repayment of another debt, a gift, another relationship), where the case file pleads
 * one and leaves that open. The answer decides whether a transfer still lends independent
 * support to the chat about a loan (民间借贷规定第十五条、第十六条; the rules that read
 * {@code defences.evidenceProvided}), so it can move the whole case (review round 42,
 * syn-52391-00004: 78, low risk, or 70, medium). A fact of the case, not of an item: the
 * case is assessed afresh with each answer (two runs, only where the question arises),
 * and the question lists the items whose score it moves.
 */
final class DefenceQuestion {

	static final String FIELD = "defences.evidenceProvided";

	private static final String ZH = "对方主张款项系偿还其他债务、赠与或基于其他法律关系（而非借款）的，是否提交了证据？";

	private static final String EN = "Where the opponent says the money repaid another debt, was a gift or arose from another relationship (not a loan), has it filed evidence for that?";

	private DefenceQuestion() {
	}

	/** The question, or {@code null} where it does not arise or moves nothing. */
	static CaseQuestion of(RuleSet ruleSet, Evaluation base) {
		Defences pleaded = base.legalCase().defences();
		if (!pleaded.purposeContested() || pleaded.evidenceProvided() != null) {
			return null;
		}
		Evaluation without = answered(ruleSet, base, false);
		Evaluation with = answered(ruleSet, base, true);
		List<String> moved = new ArrayList<>();
		int swing = 0;
		for (String itemId : base.scores().keySet()) {
			int move = Math.abs(without.score(itemId) - with.score(itemId));
			if (move > 0) {
				moved.add(itemId);
				swing = Math.max(swing, move);
			}
		}
		int caseIfBest = without.caseScore(ruleSet);
		int caseIfWorst = with.caseScore(ruleSet);
		if (moved.isEmpty() && caseIfBest == caseIfWorst) {
			return null;
		}
		return new CaseQuestion(FIELD, ZH, EN, List.copyOf(moved), false, caseIfBest, true, caseIfWorst, swing, false);
	}

	/**
	 * The case's score with the item changes {@code patches} made and the question
	 * answered {@code provided}, assessed afresh.
	 */
	static int caseScore(RuleSet ruleSet, Evaluation base, List<ItemPatch> patches, boolean provided) {
		LegalCase changed = ItemPatch.applyAll(base.legalCase(), patches);
		return Evaluation.of(ruleSet, answeredIn(changed, provided), base.derivedFacts()).caseScore(ruleSet);
	}

	private static Evaluation answered(RuleSet ruleSet, Evaluation base, boolean provided) {
		return Evaluation.of(ruleSet, answeredIn(base.legalCase(), provided), base.derivedFacts());
	}

	private static LegalCase answeredIn(LegalCase legalCase, boolean provided) {
		return legalCase.withDefences(legalCase.defences().withEvidence(provided));
	}

}
