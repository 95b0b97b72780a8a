package com.evidenceassessor.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A legal time limit for an action, as {@code rules/deadlines.yaml} names it: its text in
 * both languages citing its article, and what it read as under earlier law. Remedies name
 * it, so a change in the law is made once for every action it governs.
 *
 * @param zh the time limit in Chinese
 * @param en the same in English
 * @param dueDaysBefore how many days before the end of the time limit for evidence the
 * action is due (absent: on its last day)
 * @param setByCourt the court sets the period in the case (an appraisal, 证据规定第三十一条): no
 * day follows from the time limit for evidence
 * @param earlier what it read as for a case heard under earlier law
 * @param whenPassed the entry that says what follows once this time limit has passed,
 * where that is not late evidence ({@value #AFTER_EXPIRY}): a late application, which the
 * court may refuse
 * @param passed that entry, as the rules loaded it ({@code null}: late evidence)
 */
public record Deadline(String zh, String en, Integer dueDaysBefore, Boolean setByCourt, List<Earlier> earlier,
		String whenPassed, @JsonIgnore Deadline passed) {

	/**
	 * The entry of {@code deadlines.yaml} that says what follows once a time limit has
	 * passed (late evidence), which every time limit shares
	 * ({@link RuleSet#afterExpiryOn}); no remedy names it.
	 */
	public static final String AFTER_EXPIRY = "afterExpiry";

	/**
	 * The entry of {@code deadlines.yaml} that says what an action on a record made after
	 * the time limit for evidence ended needs instead of that time limit
	 * ({@link RuleSet#madeAfterLimitOn}); no remedy names it.
	 */
	public static final String MADE_AFTER_LIMIT = "madeAfterLimit";

	/**
	 * The entries of {@code deadlines.yaml} that say what follows from a time limit and
	 * are no time limit themselves: no remedy names them.
	 */
	static final Set<String> NOT_TIME_LIMITS = Set.of(AFTER_EXPIRY, MADE_AFTER_LIMIT);

	public Deadline {
		dueDaysBefore = (dueDaysBefore != null) ? dueDaysBefore : 0;
		setByCourt = Boolean.TRUE.equals(setByCourt);
		earlier = (earlier != null) ? List.copyOf(earlier) : List.of();
	}

	/**
	 * The time limit as it read for a case whose law date is {@code lawDate}: the
	 * {@code earlier} entry for the earliest period the date falls in, or as written.
	 */
	Deadline on(LocalDate lawDate) {
		Earlier applies = EarlierTexts.entryFor(this.earlier, Earlier::before, lawDate);
		Deadline passedThen = (this.passed != null) ? this.passed.on(lawDate) : null;
		if (applies == null) {
			return (passedThen == this.passed) ? this : withPassed(passedThen);
		}
		return new Deadline(EarlierTexts.or(applies.zh(), this.zh), EarlierTexts.or(applies.en(), this.en),
				applies.dueDaysBefore(), applies.setByCourt(), List.of(), this.whenPassed, passedThen);
	}

	/** The time limit with the entry its {@code whenPassed} names. */
	Deadline withPassed(Deadline entry) {
		return new Deadline(this.zh, this.en, this.dueDaysBefore, this.setByCourt, this.earlier, this.whenPassed,
				entry);
	}

	/**
	 * How the time limit read for a case heard before a date.
	 *
	 * @param before the first day the texts as written apply
	 * @param zh the time limit then, in Chinese ({@code null}: as written)
	 * @param en the same in English
	 * @param dueDaysBefore how many days before the end of the time limit for evidence
	 * the action was then due (absent: on its last day)
	 * @param setByCourt the court then set the period (absent: it did not)
	 */
	public record Earlier(LocalDate before, String zh, String en, Integer dueDaysBefore, Boolean setByCourt) {

	}

}
