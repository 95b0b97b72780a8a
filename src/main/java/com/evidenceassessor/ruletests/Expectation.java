package com.evidenceassessor.ruletests;

import java.util.List;

/**
 * What a scenario expects of its subject item (and of the case).
 *
 * @param fired rule ids that must have reached a finding about the item
 * @param notFired rule ids that must not have
 * @param caseFired rule ids that must have reached a finding about the case as a whole
 * @param caseNotFired rule ids that must not have reached a finding about the case
 * @param level the item's level, when it matters
 * @param needsCorroboration whether the item needs corroboration, when it matters
 * @param scoreAtLeast a lower bound on the item's score
 * @param scoreAtMost an upper bound on the item's score
 * @param authenticityAtLeast a lower bound on the item's authenticity score (presumption
 * and confirmation floors are on authenticity)
 * @param authenticityAtMost an upper bound on the item's authenticity score
 */
public record Expectation(List<String> fired, List<String> notFired, List<String> caseFired, List<String> caseNotFired,
		String level, Boolean needsCorroboration, Integer scoreAtLeast, Integer scoreAtMost,
		Integer authenticityAtLeast, Integer authenticityAtMost) {

	public Expectation {
		fired = (fired != null) ? List.copyOf(fired) : List.of();
		notFired = (notFired != null) ? List.copyOf(notFired) : List.of();
		caseFired = (caseFired != null) ? List.copyOf(caseFired) : List.of();
		caseNotFired = (caseNotFired != null) ? List.copyOf(caseNotFired) : List.of();
	}

}
