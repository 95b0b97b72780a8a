package com.evidenceassessor.ruletests;

import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.rules.RuleProblem;
import com.evidenceassessor.rules.RuleService;
import com.evidenceassessor.rules.RuleSet;

/**
 * Runs every scenario under {@code rules/tests/} against a candidate rule set: the check
 * a reload must pass before the candidate goes into service. Each failed scenario and
 * each unreadable scenario file is one located problem.
 */
public final class ScenarioVerifier implements RuleService.Verifier {

	@Override
	public List<RuleProblem> verify(RuleSet candidate) {
		ScenarioRunner runner = new ScenarioRunner(candidate);
		ScenarioCoverage coverage = ScenarioCoverage.of(runner.scenarioFiles());
		List<RuleProblem> problems = new ArrayList<>(coverage.unreadable());
		for (ScenarioCoverage.ScenarioFileRef file : coverage.files()) {
			for (Scenario scenario : file.content().scenarios()) {
				ScenarioResult result = runner.run(runner.resolve(file.file()), scenario);
				if (!result.passed()) {
					int line = runner.scenarioFiles().lineOf(runner.resolve(file.file()), scenario.name());
					problems.add(new RuleProblem(ScenarioFiles.TESTS + "/" + file.file(), line,
							"scenario \"" + result.name() + "\" failed: " + String.join("; ", result.failures())));
				}
			}
		}
		return problems;
	}

}
