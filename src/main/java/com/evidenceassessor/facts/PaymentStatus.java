package com.evidenceassessor.facts;

/** State of a transfer or red packet. */
public enum PaymentStatus {

	RECEIVED, PENDING, REFUNDED

}
