package com.evidenceassessor.facts;

/** Whether the copy was checked against the original (证据规定 Art. 87(1), 90(5)). */
public enum CopyCheck {

	VERIFIED, MISMATCH, NOT_CHECKED, IMPOSSIBLE

}
