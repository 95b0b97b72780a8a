package com.evidenceassessor.facts;

/** Evidence outside WeChat that can corroborate an item (证据规定 Art. 88). */
public enum OutsideEvidenceKind {

	IOU, SMS, CALL_RECORDING, BANK_RECORD, WITNESS, ATTENDANCE_RECORD, CONTRACT, REGISTRY_RECORD, OTHER

}
