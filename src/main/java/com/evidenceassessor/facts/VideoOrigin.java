package com.evidenceassessor.facts;

/** Where a video came from (practice: self-recorded weighs more). */
public enum VideoOrigin {

	SELF_RECORDED, FORWARDED, PRODUCED

}
