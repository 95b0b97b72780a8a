package com.evidenceassessor.facts;

/** A party's role in the case. */
public enum PartyRole {

	PLAINTIFF, DEFENDANT, THIRD_PARTY

}
