package com.evidenceassessor.batch;

import com.evidenceassessor.support.WireNames;

/** Why a case was set aside. */
enum SkipKind {

	/** The case file, or a file it refers to (a bill, an evidence file), is invalid. */
	INVALID_INPUT,
	/** The assessor failed on a valid case: a bug or a rule that loops. */
	FAILED;

	String wireName() {
		return WireNames.of(this);
	}

	static SkipKind fromWireName(String name) {
		return WireNames.parse(SkipKind.class, name);
	}

}
