package com.evidenceassessor.rulebook;

import java.util.List;

import com.evidenceassessor.rules.RuleProblem;

/**
 * What {@code rules check} found.
 *
 * @param broken problems that stop the rules from going into service: DRL that does not
 * compile, metadata or data files that are wrong; empty when the rules compile
 * @param problems the conventions and coverage the rules fail: rules without scenarios,
 * rule files without tests, provisions neither modelled nor excused, bare numbers,
 * parameters without a source
 * @param figures the counts, for the summary line
 */
public record CheckReport(List<RuleProblem> broken, List<RuleProblem> problems, Figures figures) {

	public CheckReport {
		broken = List.copyOf(broken);
		problems = List.copyOf(problems);
	}

	/** Everything holds. */
	public boolean passed() {
		return this.broken.isEmpty() && this.problems.isEmpty();
	}

	/**
	 * The counts behind the check.
	 *
	 * @param ruleFiles DRL files
	 * @param rules compiled rules (0 when they do not compile)
	 * @param scenarioFiles scenario files
	 * @param scenarios scenarios
	 * @param rulesFullyTested rules with a scenario where they fire and one where they
	 * must not
	 * @param provisions provisions in the catalogue
	 * @param provisionsModelled provisions modelled by rules
	 * @param provisionsNotModelled provisions deliberately not modelled
	 */
	public record Figures(int ruleFiles, int rules, int scenarioFiles, int scenarios, int rulesFullyTested,
			int provisions, int provisionsModelled, int provisionsNotModelled) {

	}

}
