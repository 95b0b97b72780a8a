package com.evidenceassessor.facts;

/** The court hearing the case. */
public enum Forum {

	ORDINARY, INTERNET

}
