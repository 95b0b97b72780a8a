package com.evidenceassessor.facts;

/** Where a message was exchanged. */
public enum ChatScope {

	PRIVATE, GROUP, MOMENTS, OFFICIAL_ACCOUNT

}
