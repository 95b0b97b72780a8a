package com.evidenceassessor.facts;

/** Why the original carrier cannot be produced (民诉法解释 Art. 111). */
public enum OriginalUnavailableReason {

	NONE, LOST, DESTROYED, DELETED_BY_USER, DEVICE_REPLACED, HELD_BY_OPPONENT, HELD_BY_THIRD_PARTY, TOO_VOLUMINOUS,
	UNOBTAINABLE

}
