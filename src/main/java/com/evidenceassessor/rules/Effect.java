package com.evidenceassessor.rules;

/**
 * What a finding does to the assessment of its item; the scoring model gives each its
 * meaning.
 */
public enum Effect {

	/** Adds the finding's points to its dimension. */
	SUPPORTS,
	/** Takes the finding's points from its dimension. */
	UNDERMINES,
	/** The court may confirm authenticity unless rebutted (证据规定 Art. 94(1)): a floor. */
	PRESUMES_AUTHENTIC,
	/**
	 * The court shall confirm authenticity unless overturned (Art. 94(2), Art. 89): a
	 * higher floor.
	 */
	CONFIRMS_AUTHENTIC,
	/** Evidence sufficient to rebut (足以反驳) defeats the may-presumptions. */
	REBUTS,
	/** Evidence sufficient to overturn (足以推翻) defeats every presumption. */
	OVERTURNS,
	/** Authenticity is disproved (an appraisal found tampering): authenticity is 0. */
	DISPROVES,
	/**
	 * The item cannot ground a finding because of how it was obtained (民诉法解释 Art. 106).
	 */
	EXCLUDES,
	/** The item cannot alone ground a finding (证据规定 Art. 90). */
	NEEDS_CORROBORATION,
	/** Other evidence corroborates the item; clears the need for corroboration. */
	CORROBORATES,
	/**
	 * Courts refuse such items in practice: the overall score is capped in the high-risk
	 * band.
	 */
	LIKELY_REFUSED,
	/** A fact that decides the assessment is unknown: a question for the client. */
	INFORMATION_MISSING,
	/** A procedural note; no effect on the score. */
	NOTE

}
