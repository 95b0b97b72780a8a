package com.evidenceassessor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.evidenceassessor.rulebook.CheckReport;
import com.evidenceassessor.rulebook.RuleCheck;
import com.evidenceassessor.rules.RuleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code assessor rules check}: compile the rules and check every convention. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Compile the rules and report every problem with file and line: DRL errors, rules without "
				+ "a citation or without scenarios (positive and negative), rule files without tests, provisions "
				+ "in catalogue.yaml neither modelled nor excused, bare numbers in conditions, parameters without "
				+ "description, unit, source or lastReviewed.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every check passed", "1:the rules compile but some checks fail",
				"3:the rules do not compile (or their data files are invalid)" })
final class RulesCheckCommand implements Callable<Integer> {

	@Mixin
	private RulesOption rules;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		CheckReport report = RuleCheck.run(this.rules.folder());
		PrintWriter out = this.spec.commandLine().getOut();
		out.println("rules check: " + this.rules.folder());
		if (!report.broken().isEmpty()) {
			out.println();
			out.println("The rules do not compile or their data files are invalid (" + report.broken().size()
					+ " problem(s)):");
			report.broken().forEach(p -> out.println("  ✗ " + p));
		}
		if (!report.problems().isEmpty()) {
			out.println();
			out.println("Checks that fail (" + report.problems().size() + " problem(s)):");
			report.problems().forEach(p -> out.println("  ✗ " + p));
		}
		out.println();
		figures(out, report.figures());
		out.println(report.passed() ? "check passed"
				: "check failed: " + (report.broken().size() + report.problems().size()) + " problem(s)");
		out.flush();
		if (!report.broken().isEmpty()) {
			return ExitCodes.RULES_BROKEN;
		}
		return report.passed() ? ExitCodes.OK : ExitCodes.FAILED;
	}

	private static void figures(PrintWriter out, CheckReport.Figures f) {
		out.printf("%d rule files, %d rules (%d with a scenario where they fire and one where they must not)%n",
				f.ruleFiles(), f.rules(), f.rulesFullyTested());
		out.printf("%d scenarios in %d files; catalogue: %d provisions, %d modelled, %d deliberately not modelled%n",
				f.scenarios(), f.scenarioFiles(), f.provisions(), f.provisionsModelled(), f.provisionsNotModelled());
	}

	static String located(RuleProblem problem) {
		return problem.toString();
	}

}
