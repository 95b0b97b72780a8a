package com.evidenceassessor.store;

import com.evidenceassessor.casefile.CanonicalHash;

/**
 * An opinion's id: the first 16 hex digits of SHA-256 over what makes the opinion what it
 * is (the case id, its input hash, the rule-set hash and the mode). The same assessment
 * gets the same id wherever and however often it runs, which is what makes writes
 * idempotent.
 */
public final class OpinionId {

	public static final int LENGTH = 16;

	private OpinionId() {
	}

	public static String of(String caseId, String inputHash, String ruleSetHash, AssessmentMode mode) {
		String key = caseId + '\n' + inputHash + '\n' + ruleSetHash + '\n' + mode.wireName();
		return CanonicalHash.sha256(key).substring(0, LENGTH);
	}

}
