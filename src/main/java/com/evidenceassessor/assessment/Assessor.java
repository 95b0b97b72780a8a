package com.evidenceassessor.assessment;

import java.util.function.Supplier;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.rules.RestDays.LastDay;
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

	/**
	 * The full opinion: scores, reasons, remedies and plans, the range over unknown
	 * facts, and the evidence chain.
	 */
	public Opinion assess(CaseFile caseFile) {
		return assess(caseFile, Options.FULL);
	}

	public Opinion assess(CaseFile caseFile, Options options) {
		RuleSet ruleSet = this.rules.get();
		ChainVocabulary.check(caseFile, ruleSet.chains());
		LastDay lastDay = ruleSet.restDays().lastDay(caseFile.legalCase().evidencePeriodEnds());
		CaseFile assessed = atLastDay(caseFile, lastDay);
		OpinionBuilder builder = new OpinionBuilder(ruleSet, options, lastDay);
		if (!options.remedies() && !options.unknowns()) {
			return builder.build(assessed, Evaluation.of(ruleSet, assessed.legalCase(), assessed.derivedFacts()), null);
		}
		try (WhatIfs whatIfs = whatIfs(ruleSet, assessed, options)) {
			return builder.build(assessed, whatIfs.base(), whatIfs);
		}
	}

	/**
	 * The case as the rules and the plan read it: its time limit for evidence ending on
	 * the first working day after the day set where that is a rest day (民事诉讼法第八十五条第三款;
	 * rules/rest-days.yaml), so every date that depends on it agrees. The input hash
	 * stays that of the case file as written.
	 */
	private static CaseFile atLastDay(CaseFile caseFile, LastDay lastDay) {
		if (lastDay == null || !lastDay.moved()) {
			return caseFile;
		}
		return caseFile.withLegalCase(caseFile.legalCase().withEvidencePeriodEnds(lastDay.day()));
	}

	private static WhatIfs whatIfs(RuleSet ruleSet, CaseFile caseFile, Options options) {
		return options.incremental() ? SessionWhatIfs.open(ruleSet, caseFile.legalCase(), caseFile.derivedFacts())
				: new FreshWhatIfs(ruleSet, caseFile.legalCase(), caseFile.derivedFacts());
	}

	/** The rule set in service now. */
	public RuleSet ruleSet() {
		return this.rules.get();
	}

	/**
	 * What to compute beyond scores, reasons and the evidence chain.
	 *
	 * @param remedies compute each remedy's effect, and the plans, by assessing the
	 * changed case
	 * @param unknowns compute the range over unknown facts and the questions
	 * @param incremental assess the changed cases in one long-lived rule session,
	 * updating only the changed items (the default); {@code false} runs each in a fresh
	 * session — the same results, slower; kept as the reference and for the benchmark
	 */
	public record Options(boolean remedies, boolean unknowns, boolean incremental) {

		/** Everything. */
		public static final Options FULL = new Options(true, true);

		/**
		 * Scores and reasons only: the fastest, for bulk runs that do not need a plan.
		 */
		public static final Options SCORES_ONLY = new Options(false, false);

		/** What to compute, with what-ifs assessed incrementally. */
		public Options(boolean remedies, boolean unknowns) {
			this(remedies, unknowns, true);
		}

		/** The same, with each what-if assessed in a fresh session. */
		public Options fresh() {
			return new Options(this.remedies, this.unknowns, false);
		}

	}

}
