package com.evidenceassessor.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.reliability.ForbiddenCalls;
import org.kie.api.KieBase;

/**
 * Compiles the rules under a {@code rules/} folder into a {@link RuleSet}, or fails with
 * every problem found, each with its file and line. Never returns rules that are half
 * right. Rule files that call what a rule must not (exit, files, network, reflection,
 * threads) are refused before they are compiled ({@link ForbiddenCalls}).
 */
public final class RuleSetLoader {

	private RuleSetLoader() {
	}

	public static RuleSet load(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new RulesException(List.of(new RuleProblem(folder.toString(), 0,
					"no rules folder here; expected the project's rules/ folder (set --rules or ASSESSOR_RULES)")));
		}
		List<RuleProblem> problems = new ArrayList<>();
		List<Path> files = RuleFiles.all(folder);
		RulesData data = RulesData.read(folder, problems);
		List<Path> drl = RuleFiles.drl(files);
		List<RuleProblem> forbidden = ForbiddenCalls.check(folder, drl);
		if (!forbidden.isEmpty()) {
			problems.addAll(forbidden);
			throw new RulesException(problems);
		}
		KieBase base = DrlCompiler.compile(folder, drl, problems);
		Map<String, RuleInfo> rules = (base != null) ? RuleCatalogue.read(folder, drl, base, data, problems) : Map.of();
		if (!problems.isEmpty()) {
			throw new RulesException(problems);
		}
		return new RuleSet(folder.toAbsolutePath().normalize(), base, rules, data.instruments(), data.laws(),
				data.parameters(), data.remedies(), data.questions(), RuleFiles.hash(folder, files), data.chains(),
				data.afterExpiry(), data.madeAfterLimit(), data.restDays());
	}

}
