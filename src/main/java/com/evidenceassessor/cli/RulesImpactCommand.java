package com.evidenceassessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.evidenceassessor.rulebook.Baseline;
import com.evidenceassessor.rulebook.ImpactAnalysis;
import com.evidenceassessor.rulebook.ImpactReport;
import com.evidenceassessor.rulebook.ImpactReport.Change;
import com.evidenceassessor.rulebook.ImpactXlsx;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.rules.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assessor rules impact}: what a rule change does to a folder of cases. */
@Command(name = "impact", mixinStandardHelpOptions = true,
		description = "Assess every case under a folder with the baseline rules and with the current rules, and "
				+ "list the cases and items whose level or score changed, by how much, and which rules account for it.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the report was written (whether or not anything changed)",
				"2:the baseline or the cases folder is invalid, or the spreadsheet cannot be written",
				"3:the current or the baseline rules do not compile" })
final class RulesImpactCommand implements Callable<Integer> {

	@Option(names = "--baseline", required = true, paramLabel = "<git revision or rules folder>",
			description = "The rules to compare with: a rules folder, or a git revision (e.g. HEAD, main, a tag) of "
					+ "the repository that holds the current rules folder.")
	private String baseline;

	@Parameters(paramLabel = "<cases folder>", description = "A folder of cases (each holding case.yaml or case.json).")
	private Path cases;

	@Option(names = "--xlsx", paramLabel = "<file>", description = "Also write the report as a spreadsheet.")
	private Path xlsx;

	@Option(names = "--plans",
			description = "Also compare the advice: the actions offered for each item (deadline, last day, basis, "
					+ "promised score), the evidence chain's bases and strengths and the case plan — what a change to remedies.yaml or "
					+ "chains.yaml does. A few times slower.")
	private boolean plans;

	@Mixin
	private RulesOption rules;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		RuleSet current = this.rules.load();
		ImpactReport report;
		try (Baseline base = Baseline.resolve(this.baseline, this.rules.folder())) {
			report = ImpactAnalysis.run(base.label(), load(base), current, this.cases, this.plans);
		}
		print(this.spec.commandLine().getOut(), report);
		if (this.xlsx != null) {
			OutputOption.writeAtomically(this.xlsx, ImpactXlsx.write(report));
		}
		return ExitCodes.OK;
	}

	private static RuleSet load(Baseline base) {
		try {
			return RuleSetLoader.load(base.folder());
		}
		catch (RulesException ex) {
			throw new CommandFailure(ExitCodes.RULES_BROKEN,
					"the baseline rules (" + base.label() + ") do not compile: " + ex.getMessage());
		}
	}

	private static void print(PrintWriter out, ImpactReport report) {
		out.printf("impact of the rules %s against the baseline %s (%s)%n", shortHash(report.currentHash()),
				report.baseline(), shortHash(report.baselineHash()));
		out.printf("%d cases, %d items assessed; %d changes%n%n", report.cases(), report.items(),
				report.changes().size());
		if (!report.changes().isEmpty()) {
			out.printf("%-28s %-6s %-19s %-11s %s%n", "case", "item", "level", "score", "rules");
			for (Change change : report.changes()) {
				out.printf("%-28s %-6s %-19s %-11s %s%n", change.caseId(),
						(change.itemId() != null) ? change.itemId() : "(case)", level(change), score(change),
						rules(change));
			}
		}
		if (!report.advice().isEmpty()) {
			out.printf("%n%d changes to the advice%n", report.advice().size());
			for (ImpactReport.AdviceChange change : report.advice()) {
				out.printf("%-28s %-6s %s%n      %s%n      → %s%n", change.caseId(),
						(change.itemId() != null) ? change.itemId() : "(case)", change.what(),
						blankAsNone(change.before()), blankAsNone(change.after()));
			}
		}
		for (ImpactReport.Skipped skipped : report.skipped()) {
			out.println("skipped " + skipped.source() + ": " + skipped.problem());
		}
		out.flush();
	}

	private static String blankAsNone(String text) {
		return text.isEmpty() ? "(none)" : text;
	}

	private static String level(Change change) {
		return change.levelChanged() ? change.levelBefore() + " → " + change.levelAfter() : change.levelAfter();
	}

	private static String score(Change change) {
		return String.format("%d → %d (%+d)", change.scoreBefore(), change.scoreAfter(), change.delta());
	}

	private static String rules(Change change) {
		List<String> parts = new ArrayList<>();
		change.rulesAdded().forEach(r -> parts.add("+" + r));
		change.rulesRemoved().forEach(r -> parts.add("-" + r));
		change.pointsChanged().forEach(r -> parts.add("~" + r));
		return String.join(" ", parts);
	}

	private static String shortHash(String hash) {
		return (hash.length() > 12) ? hash.substring(0, 12) : hash;
	}

}
