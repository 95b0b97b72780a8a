package com.evidenceassessor.ruletests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.WireNames;

/**
 * Runs the scenario tests under {@code rules/tests/} against a rule set: each scenario's
 * case is assessed through the one assessment entry point and its expectations checked —
 * which rules fired about the subject item, which did not, and the level, flags and score
 * bounds. Used by the JUnit suite and by {@code assessor rules test}.
 */
public final class ScenarioRunner {

	/** The folder under {@code rules/} that holds the scenario files. */
	public static final String TESTS = ScenarioFiles.TESTS;

	private final RuleSet ruleSet;

	private final ScenarioFiles scenarioFiles;

	public ScenarioRunner(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
		this.scenarioFiles = new ScenarioFiles(ruleSet.folder());
	}

	/** Every scenario file under {@code rules/tests/}, sorted. */
	public List<Path> files() {
		return this.scenarioFiles.files();
	}

	/** Reads a scenario file strictly; a malformed one is a located input error. */
	public ScenarioFile read(Path file) {
		return this.scenarioFiles.read(file);
	}

	/** The scenario files this runner reads. */
	public ScenarioFiles scenarioFiles() {
		return this.scenarioFiles;
	}

	/** Runs every scenario of every file. */
	public List<ScenarioResult> runAll() {
		List<ScenarioResult> results = new ArrayList<>();
		for (Path file : files()) {
			ScenarioFile scenarios = read(file);
			for (Scenario scenario : scenarios.scenarios()) {
				results.add(run(file, scenario));
			}
		}
		return results;
	}

	public ScenarioResult run(Path file, Scenario scenario) {
		String name = relative(file);
		List<String> failures = new ArrayList<>();
		List<String> fired = List.of();
		try {
			CaseFile caseFile = BaseCase.build(scenario, "rules/tests/" + name + " (" + scenario.name() + ")");
			Opinion opinion = Assessor.of(this.ruleSet).assess(caseFile, Assessor.Options.SCORES_ONLY);
			ItemOpinion subject = opinion.items().get(0);
			fired = subject.reasons().stream().map(Reason::ruleId).toList();
			Set<String> caseFired = opinion.summary()
				.reasons()
				.stream()
				.map(Reason::ruleId)
				.collect(Collectors.toSet());
			check(scenario.expect(), subject, Set.copyOf(fired), caseFired, failures);
		}
		catch (InputException | IllegalArgumentException ex) {
			failures.add("the scenario's case is invalid: " + ex.getMessage());
		}
		return new ScenarioResult(name, scenario.name(), scenario.source(), List.copyOf(failures), fired);
	}

	private void check(Expectation expect, ItemOpinion item, Set<String> fired, Set<String> caseFired,
			List<String> failures) {
		if (expect == null) {
			failures.add("no expect: block");
			return;
		}
		for (String id : expect.fired()) {
			requireKnown(id, failures);
			if (!fired.contains(id)) {
				failures.add("expected " + id + " to fire; fired: " + fired);
			}
		}
		for (String id : expect.notFired()) {
			requireKnown(id, failures);
			if (fired.contains(id)) {
				failures.add("expected " + id + " not to fire, but it did");
			}
		}
		for (String id : expect.caseFired()) {
			if (!caseFired.contains(id)) {
				failures.add("expected case-level " + id + " to fire; fired: " + caseFired);
			}
		}
		for (String id : expect.caseNotFired()) {
			requireKnown(id, failures);
			if (caseFired.contains(id)) {
				failures.add("expected case-level " + id + " not to fire, but it did");
			}
		}
		if (expect.level() != null && !expect.level().equals(WireNames.of(item.level()))) {
			failures.add("expected level " + expect.level() + ", got " + WireNames.of(item.level()) + " (score "
					+ item.score() + ")");
		}
		if (expect.needsCorroboration() != null && expect.needsCorroboration() != item.needsCorroboration()) {
			failures.add("expected needsCorroboration " + expect.needsCorroboration() + ", got "
					+ item.needsCorroboration());
		}
		if (expect.scoreAtLeast() != null && item.score() < expect.scoreAtLeast()) {
			failures.add("expected score ≥ " + expect.scoreAtLeast() + ", got " + item.score());
		}
		if (expect.scoreAtMost() != null && item.score() > expect.scoreAtMost()) {
			failures.add("expected score ≤ " + expect.scoreAtMost() + ", got " + item.score());
		}
		int authenticity = item.dimensions().authenticity();
		if (expect.authenticityAtLeast() != null && authenticity < expect.authenticityAtLeast()) {
			failures.add("expected authenticity ≥ " + expect.authenticityAtLeast() + ", got " + authenticity);
		}
		if (expect.authenticityAtMost() != null && authenticity > expect.authenticityAtMost()) {
			failures.add("expected authenticity ≤ " + expect.authenticityAtMost() + ", got " + authenticity);
		}
	}

	private void requireKnown(String id, List<String> failures) {
		boolean known = this.ruleSet.allRules().stream().anyMatch(r -> r.id().equals(id));
		if (!known) {
			failures.add("no rule has the id " + id);
		}
	}

	/** A scenario file by its path relative to {@code rules/tests/}. */
	public Path resolve(String relativeName) {
		return this.scenarioFiles.resolve(relativeName);
	}

	/** A scenario file's path relative to {@code rules/tests/}, with forward slashes. */
	public String relative(Path file) {
		return this.scenarioFiles.relative(file);
	}

}
