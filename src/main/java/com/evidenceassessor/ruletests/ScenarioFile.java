package com.evidenceassessor.ruletests;

import java.util.List;

/**
 * A file of scenario tests under {@code rules/tests/}, for one rule file.
 *
 * @param rules the rule file it tests, relative to {@code rules/}
 * @param scenarios the scenarios
 */
public record ScenarioFile(String rules, List<Scenario> scenarios) {

	public ScenarioFile {
		scenarios = (scenarios != null) ? List.copyOf(scenarios) : List.of();
	}

}
