package com.evidenceassessor.facts;

/** Who extracted (fixed) the data (证据规定 Art. 93(6)). */
public enum Extractor {

	PARTY, LAWYER, NOTARY, COURT, FORENSIC_INSTITUTION, NEUTRAL_PLATFORM;

	/**
	 * Someone other than the party or its lawyer: a notary, the court, a forensic
	 * institution or a neutral platform.
	 */
	public boolean independent() {
		return this != PARTY && this != LAWYER;
	}

}
