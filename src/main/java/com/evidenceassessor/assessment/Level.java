package com.evidenceassessor.assessment;

/** The risk that the court will not rely on an item (or a case's evidence). */
public enum Level {

	/** Likely accepted. */
	LOW,
	/** May be accepted; open to challenge. */
	MEDIUM,
	/** Likely refused or given little weight. */
	HIGH,
	/** Cannot ground a finding, whatever else holds (民诉法解释 Art. 106). */
	EXCLUDED

}
