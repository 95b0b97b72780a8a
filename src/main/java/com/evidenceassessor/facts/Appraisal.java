package com.evidenceassessor.facts;

/** Result of a judicial appraisal of the data (证据规定 Art. 93, last paragraph). */
public enum Appraisal {

	NONE, AUTHENTIC, TAMPERED, INCONCLUSIVE

}
