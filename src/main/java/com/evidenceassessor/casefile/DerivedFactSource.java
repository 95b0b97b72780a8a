package com.evidenceassessor.casefile;

import java.util.List;

/**
 * Reads facts from the files in a case folder (bills, evidence files) for the rules to
 * see beside the case. Each source is listed in {@link CaseFileReader#SOURCES}; a bad
 * file is a located {@link com.evidenceassessor.support.InputException}.
 */
public interface DerivedFactSource {

	/**
	 * The facts derived from the case's files; an empty list when the case has none of
	 * them.
	 */
	List<Object> derive(CaseFile caseFile);

}
