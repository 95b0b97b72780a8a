package com.evidenceassessor.facts;

/** Who extracted (fixed) the data (证据规定 Art. 93(6)). */
public enum Extractor {

	PARTY, LAWYER, NOTARY, COURT, FORENSIC_INSTITUTION, NEUTRAL_PLATFORM

}
