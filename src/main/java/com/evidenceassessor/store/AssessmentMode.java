package com.evidenceassessor.store;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.support.WireNames;

/** What an assessment computed: everything, or scores and reasons only. */
public enum AssessmentMode {

	/** Scores, reasons, remedies with their gains, and the range over unknown facts. */
	FULL(Assessor.Options.FULL),
	/** Scores and reasons only. */
	SCORES_ONLY(Assessor.Options.SCORES_ONLY);

	private final Assessor.Options options;

	AssessmentMode(Assessor.Options options) {
		this.options = options;
	}

	public Assessor.Options options() {
		return this.options;
	}

	/** {@code full} or {@code scoresOnly}, as stored. */
	public String wireName() {
		return WireNames.of(this);
	}

	public static AssessmentMode fromWireName(String name) {
		AssessmentMode mode = WireNames.parse(AssessmentMode.class, name);
		if (mode == null) {
			throw new IllegalArgumentException("unknown assessment mode '" + name + "'");
		}
		return mode;
	}

}
