package com.evidenceassessor.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.evidenceassessor.rules.Chains;
import com.evidenceassessor.rules.Dimension;
import com.evidenceassessor.rules.Effect;
import com.evidenceassessor.rules.RuleSet;

/**
 * Turns an item's findings into scores, following the law's own logic (docs/scoring.md):
 * authenticity and relevance start at a base and move by the points of SUPPORTS and
 * UNDERMINES findings; a may-presumption (证据规定 Art. 94(1)) lifts authenticity to a floor
 * unless rebutted; a shall-confirmation (Art. 94(2) notarisation, Art. 89 admission)
 * lifts it to a higher floor unless overturned; disproof sets it to 0; exclusion (民诉法解释
 * Art. 106) excludes; an item that cannot alone ground a finding (Art. 90) and is not
 * corroborated is capped below the low-risk band; an item courts refuse in practice is
 * capped in the high-risk band. Every number is a parameter.
 */
final class ScoreModel {

	private final RuleSet ruleSet;

	private final LocalDate lawDate;

	ScoreModel(RuleSet ruleSet, LocalDate lawDate) {
		this.ruleSet = ruleSet;
		this.lawDate = lawDate;
	}

	ItemScore score(List<Finding> findings) {
		List<String> trace = new ArrayList<>();
		int authenticity = authenticity(findings, trace);
		int relevance = sum("relevance", Dimension.RELEVANCE, findings, trace);
		boolean excluded = any(findings, Effect.EXCLUDES);
		int legality = excluded ? 0 : 100;
		boolean disproved = any(findings, Effect.DISPROVES);
		// an item shown to be untrue or excluded is not waiting for corroboration: none
		// would cure it
		boolean needsCorroboration = any(findings, Effect.NEEDS_CORROBORATION) && !any(findings, Effect.CORROBORATES)
				&& !disproved && !excluded;
		// shown to be untrue, it can ground nothing, alone or with others
		int sufficiency = disproved ? 0 : needsCorroboration ? param("scoring.cap.needsCorroboration") : 100;
		int overall = Math.min(authenticity, relevance);
		trace.add("overall = min(authenticity " + authenticity + ", relevance " + relevance + ") = " + overall);
		if (needsCorroboration && overall > sufficiency) {
			overall = sufficiency;
			trace.add("capped at " + sufficiency + " (scoring.cap.needsCorroboration): cannot alone ground a finding "
					+ "and nothing corroborates it — " + ids(findings, Effect.NEEDS_CORROBORATION));
		}
		int refused = param("scoring.cap.likelyRefused");
		if (any(findings, Effect.LIKELY_REFUSED) && overall > refused) {
			overall = refused;
			trace.add("capped at " + refused + " (scoring.cap.likelyRefused): courts refuse such items — "
					+ ids(findings, Effect.LIKELY_REFUSED));
		}
		if (excluded) {
			overall = 0;
			trace.add("overall = 0: excluded, it cannot ground a finding whatever else holds — "
					+ ids(findings, Effect.EXCLUDES));
		}
		Level level = excluded ? Level.EXCLUDED : band(overall);
		return new ItemScore(authenticity, legality, relevance, sufficiency, overall, level, needsCorroboration,
				List.copyOf(trace));
	}

	private int authenticity(List<Finding> findings, List<String> trace) {
		int score = sum("authenticity", Dimension.AUTHENTICITY, findings, trace);
		boolean overturned = any(findings, Effect.OVERTURNS);
		boolean rebutted = overturned || any(findings, Effect.REBUTS);
		if (any(findings, Effect.PRESUMES_AUTHENTIC) && !rebutted) {
			score = floor(score, "scoring.floor.presumption", findings, Effect.PRESUMES_AUTHENTIC, trace);
		}
		if (any(findings, Effect.CONFIRMS_AUTHENTIC) && !overturned) {
			score = floor(score, "scoring.floor.confirmation", findings, Effect.CONFIRMS_AUTHENTIC, trace);
		}
		if (any(findings, Effect.DISPROVES)) {
			score = 0;
			trace.add("authenticity = 0: disproved — " + ids(findings, Effect.DISPROVES));
		}
		return score;
	}

	private int floor(int score, String parameter, List<Finding> findings, Effect effect, List<String> trace) {
		int floor = param(parameter);
		if (score < floor) {
			trace.add("authenticity raised to " + floor + " (" + parameter + ") — " + ids(findings, effect));
			return floor;
		}
		return score;
	}

	private int sum(String name, Dimension dimension, List<Finding> findings, List<String> trace) {
		String baseParameter = "authenticity".equals(name) ? "scoring.base.authenticity" : "scoring.base.relevance";
		int base = param(baseParameter);
		int score = base;
		StringBuilder steps = new StringBuilder(name).append(" = ").append(base).append(" (" + baseParameter + ")");
		for (Finding finding : findings) {
			boolean counts = finding.dimension() == dimension
					&& (finding.effect() == Effect.SUPPORTS || finding.effect() == Effect.UNDERMINES);
			if (counts && finding.points() != 0) {
				score += finding.signedPoints();
				int points = finding.signedPoints();
				steps.append((points >= 0) ? " +" : " ").append(points).append(' ').append(finding.ruleId());
			}
		}
		int bounded = Math.max(0, Math.min(100, score));
		steps.append(" = ").append(score);
		if (bounded != score) {
			steps.append(" → ").append(bounded).append(" (bounded to 0–100)");
		}
		trace.add(steps.toString());
		return bounded;
	}

	Level band(int score) {
		if (score >= param("scoring.band.low")) {
			return Level.LOW;
		}
		return (score >= param("scoring.band.medium")) ? Level.MEDIUM : Level.HIGH;
	}

	/**
	 * How strongly a fact to prove the opponent has admitted stands in the chain
	 * ({@code scoring.chain.admittedFact}).
	 */
	int admittedFact() {
		return param(Chains.ADMITTED_FACT);
	}

	/**
	 * How strongly a fact an official record proves stands in the chain
	 * ({@code scoring.chain.officialRecord}).
	 */
	int officialRecord() {
		return param(Chains.OFFICIAL_RECORD);
	}

	/**
	 * How strongly a fact the opponent's signed paper proves stands in the chain
	 * ({@code scoring.chain.signedDocument}).
	 */
	int signedDocument() {
		return param(Chains.SIGNED_DOCUMENT);
	}

	/**
	 * How strongly a fact the opponent's own records prove stands in the chain
	 * ({@code scoring.chain.opponentsRecord}).
	 */
	int opponentsRecord() {
		return param(Chains.OPPONENTS_RECORD);
	}

	/**
	 * How strongly a fact a third party's business record proves stands in the chain
	 * ({@code scoring.chain.thirdPartyRecord}).
	 */
	int thirdPartyRecord() {
		return param(Chains.THIRD_PARTY_RECORD);
	}

	/**
	 * How strongly a payment proves, by itself, the purpose it was given for
	 * ({@code scoring.chain.payersWord}).
	 */
	int payersWord() {
		return param(Chains.PAYERS_WORD);
	}

	private int param(String name) {
		return this.ruleSet.parameter(name, this.lawDate).intValue();
	}

	private static boolean any(List<Finding> findings, Effect effect) {
		return findings.stream().anyMatch(f -> f.effect() == effect);
	}

	private static String ids(List<Finding> findings, Effect effect) {
		Predicate<Finding> match = f -> f.effect() == effect;
		return String.join(", ", findings.stream().filter(match).map(Finding::ruleId).toList());
	}

}
