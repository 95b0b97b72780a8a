package com.evidenceassessor.generate;

/**
 * One common kind of dispute: fills a case draft with the facts to prove and the WeChat
 * evidence such a case usually has.
 */
interface Scenario {

	/** A short name for folder names, e.g. {@code loan}. */
	String slug();

	/** The plaintiff's name: anyone, where the dispute does not say who sues. */
	default String plaintiff(Dice dice) {
		return FakePeople.name(dice);
	}

	/** The defendant's name: anyone, where the dispute does not say who is sued. */
	default String defendant(Dice dice) {
		return FakePeople.name(dice);
	}

	void fill(CaseDraft draft);

}
