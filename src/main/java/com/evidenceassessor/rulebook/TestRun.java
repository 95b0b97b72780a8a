package com.evidenceassessor.rulebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.ruletests.Scenario;
import com.evidenceassessor.ruletests.ScenarioFile;
import com.evidenceassessor.ruletests.ScenarioFiles;
import com.evidenceassessor.ruletests.ScenarioResult;
import com.evidenceassessor.ruletests.ScenarioRunner;
import com.evidenceassessor.support.InputException;

/**
 * {@code rules test}: every scenario under {@code rules/tests/} run against the rules,
 * file by file, each outcome with the line of the scenario, so that a lawyer can open the
 * file at the scenario that failed. A scenario file that cannot be read fails, and the
 * others still run.
 *
 * @param files one entry per scenario file, in path order
 */
public record TestRun(List<FileRun> files) {

	/**
	 * Runs the scenarios of the files whose path (relative to {@code tests/}) starts with
	 * one of the prefixes; all of them when there are none.
	 */
	public static TestRun run(RuleSet ruleSet, List<String> only) {
		ScenarioRunner runner = new ScenarioRunner(ruleSet);
		ScenarioFiles scenarioFiles = runner.scenarioFiles();
		List<FileRun> files = new ArrayList<>();
		for (Path file : scenarioFiles.files()) {
			String name = scenarioFiles.relative(file);
			if (only.isEmpty() || only.stream().anyMatch(name::startsWith)) {
				files.add(runFile(runner, file, name));
			}
		}
		return new TestRun(List.copyOf(files));
	}

	private static FileRun runFile(ScenarioRunner runner, Path file, String name) {
		ScenarioFile content;
		try {
			content = runner.read(file);
		}
		catch (InputException ex) {
			return new FileRun(name, null, List.of(), ex.getMessage());
		}
		List<ScenarioRun> runs = new ArrayList<>();
		for (Scenario scenario : content.scenarios()) {
			runs.add(new ScenarioRun(runner.run(file, scenario), runner.scenarioFiles().lineOf(file, scenario.name())));
		}
		return new FileRun(name, content.rules(), List.copyOf(runs), null);
	}

	/** Scenarios that passed. */
	public int passed() {
		return (int) this.files.stream().flatMap(f -> f.scenarios().stream()).filter(s -> s.result().passed()).count();
	}

	/** Scenarios that failed, plus scenario files that could not be read. */
	public int failed() {
		int scenarios = (int) this.files.stream()
			.flatMap(f -> f.scenarios().stream())
			.filter(s -> !s.result().passed())
			.count();
		return scenarios + (int) this.files.stream().filter(f -> f.unreadable() != null).count();
	}

	/**
	 * The outcome of one scenario file.
	 *
	 * @param file the file, relative to {@code rules/tests/}
	 * @param rules the rule file it tests
	 * @param scenarios each scenario's outcome
	 * @param unreadable why the file could not be read, located; {@code null} when it was
	 */
	public record FileRun(String file, String rules, List<ScenarioRun> scenarios, String unreadable) {

	}

	/**
	 * The outcome of one scenario.
	 *
	 * @param result what held and what did not
	 * @param line the scenario's line in its file, 0 when not found
	 */
	public record ScenarioRun(ScenarioResult result, int line) {

	}

}
