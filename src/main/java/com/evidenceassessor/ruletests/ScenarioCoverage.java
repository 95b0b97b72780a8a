package com.evidenceassessor.ruletests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleProblem;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.InputException;

/**
 * Which scenarios under {@code rules/tests/} exercise which rule: where it must fire
 * (positive) and where it must not (negative). Every rule needs at least one of each; the
 * {@code rules check} command, the rule book and the test suite all ask this class.
 */
public final class ScenarioCoverage {

	private final Map<String, List<ScenarioRef>> byRule = new LinkedHashMap<>();

	private final List<ScenarioFileRef> files = new ArrayList<>();

	private final List<RuleProblem> unreadable = new ArrayList<>();

	private ScenarioCoverage() {
	}

	/** Reads every scenario file; a file that cannot be read is a located problem. */
	public static ScenarioCoverage of(ScenarioFiles scenarioFiles) {
		ScenarioCoverage coverage = new ScenarioCoverage();
		for (Path file : scenarioFiles.files()) {
			String name = scenarioFiles.relative(file);
			try {
				ScenarioFile scenarios = scenarioFiles.read(file);
				coverage.files.add(new ScenarioFileRef(name, scenarios));
				scenarios.scenarios().forEach(s -> coverage.add(name, s));
			}
			catch (InputException ex) {
				coverage.unreadable.add(new RuleProblem(ScenarioFiles.TESTS + "/" + name, ex.location().line(),
						ex.problem() + ((ex.location().field() != null) ? " (" + ex.location().field() + ")" : "")));
			}
		}
		return coverage;
	}

	private void add(String file, Scenario scenario) {
		if (scenario.expect() == null) {
			return;
		}
		scenario.expect().fired().forEach(id -> ref(id, file, scenario, true));
		scenario.expect().caseFired().forEach(id -> ref(id, file, scenario, true));
		scenario.expect().notFired().forEach(id -> ref(id, file, scenario, false));
		scenario.expect().caseNotFired().forEach(id -> ref(id, file, scenario, false));
	}

	private void ref(String ruleId, String file, Scenario scenario, boolean positive) {
		this.byRule.computeIfAbsent(ruleId, k -> new ArrayList<>())
			.add(new ScenarioRef(file, scenario.name(), scenario.source(), positive));
	}

	/** The scenarios that name a rule, positive and negative. */
	public List<ScenarioRef> scenariosFor(String ruleId) {
		return List.copyOf(this.byRule.getOrDefault(ruleId, List.of()));
	}

	public boolean hasPositive(String ruleId) {
		return scenariosFor(ruleId).stream().anyMatch(ScenarioRef::positive);
	}

	public boolean hasNegative(String ruleId) {
		return scenariosFor(ruleId).stream().anyMatch(s -> !s.positive());
	}

	/** The scenario files that could be read, with the rule file each says it tests. */
	public List<ScenarioFileRef> files() {
		return List.copyOf(this.files);
	}

	/** Scenario files that could not be read, each located. */
	public List<RuleProblem> unreadable() {
		return List.copyOf(this.unreadable);
	}

	/** Every rule without a scenario where it fires, or without one where it must not. */
	public List<RuleProblem> gaps(RuleSet ruleSet) {
		List<RuleProblem> gaps = new ArrayList<>();
		for (RuleInfo rule : ruleSet.allRules()) {
			if (!hasPositive(rule.id())) {
				gaps.add(new RuleProblem(rule.file(), rule.line(), "rule " + rule.id()
						+ " has no scenario where it fires; expected one under tests/ with it in expect.fired"));
			}
			if (!hasNegative(rule.id())) {
				gaps.add(new RuleProblem(rule.file(), rule.line(), "rule " + rule.id()
						+ " has no scenario where it must not fire; expected one under tests/ with it in expect.notFired"));
			}
		}
		return gaps;
	}

	/**
	 * A scenario that names a rule.
	 *
	 * @param file the scenario file, relative to {@code rules/tests/}
	 * @param name the scenario's name
	 * @param source where its expectation comes from
	 * @param positive the rule must fire ({@code false}: it must not)
	 */
	public record ScenarioRef(String file, String name, String source, boolean positive) {

	}

	/**
	 * A scenario file and its content.
	 *
	 * @param file the file, relative to {@code rules/tests/}
	 * @param content the scenarios
	 */
	public record ScenarioFileRef(String file, ScenarioFile content) {

	}

}
