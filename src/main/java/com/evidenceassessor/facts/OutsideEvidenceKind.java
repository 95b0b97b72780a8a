package com.evidenceassessor.facts;

/** Evidence outside WeChat that can corroborate an item (证据规定 Art. 88). */
public enum OutsideEvidenceKind {

	IOU, SMS, CALL_RECORDING, BANK_RECORD, WITNESS, ATTENDANCE_RECORD, CONTRACT, REGISTRY_RECORD,
	/**
	 * The employer's own records (attendance, clock-in, rota), produced by it or on the
	 * court's order: the opponent's records of the fact, not the client's copy.
	 */
	EMPLOYER_RECORD,
	/**
	 * A carrier's own record of a delivery (its signed delivery slip, its tracking
	 * history with who signed), obtained from it or collected by the court.
	 */
	CARRIER_RECORD, OTHER

}
