package com.evidenceassessor.rulebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleProblem;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.rules.RulesException;
import com.evidenceassessor.ruletests.Scenario;
import com.evidenceassessor.ruletests.ScenarioCoverage;
import com.evidenceassessor.ruletests.ScenarioCoverage.ScenarioFileRef;
import com.evidenceassessor.ruletests.ScenarioFiles;

/**
 * {@code rules check}: compiles the rules and checks everything a lawyer's edit can get
 * wrong, reporting every problem with its file and line rather than stopping at the
 * first. Rules that do not compile are still checked for what can be read as text.
 */
public final class RuleCheck {

	private RuleCheck() {
	}

	public static CheckReport run(Path folder) {
		List<RuleProblem> broken = new ArrayList<>();
		RuleSet ruleSet = null;
		try {
			ruleSet = RuleSetLoader.load(folder);
		}
		catch (RulesException ex) {
			broken.addAll(ex.problems());
		}
		if (!Files.isDirectory(folder)) {
			return new CheckReport(broken, List.of(), new CheckReport.Figures(0, 0, 0, 0, 0, 0, 0, 0));
		}
		List<DrlSource> sources = DrlSource.readAll(folder);
		ScenarioFiles scenarioFiles = new ScenarioFiles(folder);
		ScenarioCoverage coverage = ScenarioCoverage.of(scenarioFiles);
		List<RuleProblem> problems = new ArrayList<>();
		problems.addAll(ConventionCheck.headers(sources));
		problems.addAll(ConventionCheck.numericLiterals(sources));
		problems.addAll(ConventionCheck.parameters(folder));
		problems.addAll(coverage.unreadable());
		problems.addAll(testFiles(sources, coverage));
		problems.addAll(scenarios(coverage, ruleSet, scenarioFiles));
		Catalogue catalogue = Catalogue.read(folder, problems);
		if (ruleSet != null) {
			problems.addAll(ConventionCheck.englishTopics(ruleSet));
			problems.addAll(ConventionCheck.questionRules(ruleSet));
			problems.addAll(ConventionCheck.remedyRules(ruleSet));
			problems.addAll(ConventionCheck.refusalsCorroborationCannotCure(sources, ruleSet));
			problems.addAll(coverage.gaps(ruleSet));
			problems.addAll(catalogue.check(ruleSet));
		}
		return new CheckReport(broken, problems, figures(sources, ruleSet, coverage, catalogue));
	}

	/** Every rule file has a scenario file, and every scenario file names a rule file. */
	private static List<RuleProblem> testFiles(List<DrlSource> sources, ScenarioCoverage coverage) {
		Set<String> ruleFiles = sources.stream().map(DrlSource::file).collect(Collectors.toSet());
		Set<String> tested = coverage.files()
			.stream()
			.map(f -> f.content().rules())
			.filter(r -> r != null)
			.collect(Collectors.toSet());
		List<RuleProblem> problems = new ArrayList<>();
		for (DrlSource source : sources) {
			if (!tested.contains(source.file())) {
				problems.add(new RuleProblem(source.file(), 0,
						"no scenario file tests this rule file; expected " + ScenarioFiles.TESTS + "/"
								+ source.file().replaceAll("\\.drl$", ".yaml") + " with rules: " + source.file()));
			}
		}
		for (ScenarioFileRef file : coverage.files()) {
			String rules = file.content().rules();
			if (rules == null || !ruleFiles.contains(rules)) {
				problems.add(new RuleProblem(ScenarioFiles.TESTS + "/" + file.file(), 1,
						"rules: " + rules + " names no rule file; expected the path of a .drl file under rules/"));
			}
		}
		return problems;
	}

	/** Every scenario names its source, has expectations, and names rules that exist. */
	private static List<RuleProblem> scenarios(ScenarioCoverage coverage, RuleSet ruleSet,
			ScenarioFiles scenarioFiles) {
		Set<String> ids = (ruleSet != null) ? ruleSet.allRules().stream().map(RuleInfo::id).collect(Collectors.toSet())
				: null;
		List<RuleProblem> problems = new ArrayList<>();
		for (ScenarioFileRef file : coverage.files()) {
			String where = ScenarioFiles.TESTS + "/" + file.file();
			for (Scenario scenario : file.content().scenarios()) {
				String name = "scenario \"" + scenario.name() + "\"";
				int line = scenarioFiles.lineOf(scenarioFiles.resolve(file.file()), scenario.name());
				if (scenario.source() == null || scenario.source().isBlank()) {
					problems.add(new RuleProblem(where, line,
							name + " names no source; expected the statute text, a published decision, or synthetic"));
				}
				if (scenario.expect() == null) {
					problems.add(new RuleProblem(where, line, name + " has no expect: block"));
					continue;
				}
				if (ids != null) {
					unknownIds(scenario, ids).forEach(id -> problems.add(new RuleProblem(where, line,
							name + " names the rule " + id + ", which no rule file defines")));
				}
			}
		}
		return problems;
	}

	private static List<String> unknownIds(Scenario scenario, Set<String> ids) {
		List<String> named = new ArrayList<>(scenario.expect().fired());
		named.addAll(scenario.expect().notFired());
		named.addAll(scenario.expect().caseFired());
		return named.stream().filter(id -> !ids.contains(id)).distinct().toList();
	}

	private static CheckReport.Figures figures(List<DrlSource> sources, RuleSet ruleSet, ScenarioCoverage coverage,
			Catalogue catalogue) {
		int rules = (ruleSet != null) ? ruleSet.allRules().size() : 0;
		int fullyTested = (ruleSet != null) ? (int) ruleSet.allRules()
			.stream()
			.filter(r -> coverage.hasPositive(r.id()) && coverage.hasNegative(r.id()))
			.count() : 0;
		int scenarios = coverage.files().stream().mapToInt(f -> f.content().scenarios().size()).sum();
		long modelled = catalogue.entries().values().stream().filter(e -> !e.modelledBy().isEmpty()).count();
		long excused = catalogue.entries()
			.values()
			.stream()
			.filter(e -> e.modelledBy().isEmpty() && e.notModelled() != null)
			.count();
		return new CheckReport.Figures(sources.size(), rules, coverage.files().size(), scenarios, fullyTested,
				catalogue.entries().size(), (int) modelled, (int) excused);
	}

}
