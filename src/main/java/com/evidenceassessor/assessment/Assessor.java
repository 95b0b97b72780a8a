package com.evidenceassessor.assessment;

import java.util.function.Supplier;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.rules.RuleSet;

/**
 * The one assessment entry point: the command line, the web pages, the REST API and the
 * batch job all call {@link #assess}. It takes the rules in service when the assessment
 * starts and uses them to the end, so a reload never changes an assessment half way.
 */
public final class Assessor {

	private final Supplier<RuleSet> rules;

	/** An assessor over whatever rule set the supplier has in service at each call. */
	public Assessor(Supplier<RuleSet> rules) {
		this.rules = rules;
	}

	/** An assessor over one fixed rule set. */
	public static Assessor of(RuleSet ruleSet) {
		return new Assessor(() -> ruleSet);
	}

	/** The full opinion: scores, reasons, remedies and the range over unknown facts. */
	public Opinion assess(CaseFile caseFile) {
		return assess(caseFile, Options.FULL);
	}

	public Opinion assess(CaseFile caseFile, Options options) {
		RuleSet ruleSet = this.rules.get();
		Evaluation evaluation = Evaluation.of(ruleSet, caseFile.legalCase(), caseFile.derivedFacts());
		return new OpinionBuilder(ruleSet, options).build(caseFile, evaluation);
	}

	/** The rule set in service now. */
	public RuleSet ruleSet() {
		return this.rules.get();
	}

	/**
	 * What to compute beyond scores and reasons.
	 *
	 * @param remedies compute each remedy's effect by assessing the changed case
	 * @param unknowns compute the range over unknown facts
	 */
	public record Options(boolean remedies, boolean unknowns) {

		/** Everything. */
		public static final Options FULL = new Options(true, true);

		/**
		 * Scores and reasons only: the fastest, for bulk runs that do not need a plan.
		 */
		public static final Options SCORES_ONLY = new Options(false, false);

	}

}
