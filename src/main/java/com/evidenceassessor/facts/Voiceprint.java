package com.evidenceassessor.facts;

/** Result of a voiceprint comparison. */
public enum Voiceprint {

	NONE, MATCH, MISMATCH

}
