package com.evidenceassessor.ruletests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.evidenceassessor.rules.RuleProblem;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario file under rules/tests as JUnit tests (adding a scenario needs no
 * Java), and checks that every rule has at least one scenario where it fires and one
 * where it must not.
 */
class RuleScenarioTest {

	private static RuleSet ruleSet;

	private static ScenarioRunner runner;

	@BeforeAll
	static void loadRules() {
		ruleSet = RuleSetLoader.load(Path.of("rules"));
		runner = new ScenarioRunner(ruleSet);
	}

	@TestFactory
	Stream<DynamicContainer> scenarios() {
		return runner.files().stream().map(file -> {
			ScenarioFile scenarios = runner.read(file);
			return DynamicContainer.dynamicContainer(file.getFileName().toString(),
					scenarios.scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
						ScenarioResult result = runner.run(file, scenario);
						assertThat(result.failures()).as(result.file() + ": " + result.name()).isEmpty();
					})));
		});
	}

	@Test
	void everyScenarioNamesItsSource() {
		List<String> missing = new ArrayList<>();
		for (Path file : runner.files()) {
			runner.read(file)
				.scenarios()
				.stream()
				.filter(s -> s.source() == null || s.source().isBlank())
				.forEach(s -> missing.add(file.getFileName() + ": " + s.name()));
		}
		assertThat(missing).as("scenarios without a source").isEmpty();
	}

	@Test
	void everyRuleHasAPositiveAndANegativeScenario() {
		List<String> untested = ScenarioCoverage.of(runner.scenarioFiles())
			.gaps(ruleSet)
			.stream()
			.map(RuleProblem::toString)
			.toList();
		assertThat(untested).as("rules without scenarios in rules/tests").isEmpty();
	}

}
