package com.evidenceassessor.generate;

/**
 * One common kind of dispute: fills a case draft with the facts to prove and the WeChat
 * evidence such a case usually has.
 */
interface Scenario {

	/** A short name for folder names, e.g. {@code loan}. */
	String slug();

	void fill(CaseDraft draft);

}
