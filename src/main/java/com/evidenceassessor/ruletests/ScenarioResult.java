package com.evidenceassessor.ruletests;

import java.util.List;

/**
 * The outcome of one scenario.
 *
 * @param file the scenario file, relative to {@code rules/tests/}
 * @param name the scenario's name
 * @param source where its expectation comes from
 * @param failures what did not hold; empty when it passed
 * @param fired the rule ids that reached findings about the subject item, for the report
 */
public record ScenarioResult(String file, String name, String source, List<String> failures, List<String> fired) {

	public boolean passed() {
		return this.failures.isEmpty();
	}

}
