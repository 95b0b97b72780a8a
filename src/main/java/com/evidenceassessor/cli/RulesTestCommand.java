package com.evidenceassessor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.evidenceassessor.rulebook.TestRun;
import com.evidenceassessor.rulebook.TestRun.FileRun;
import com.evidenceassessor.rulebook.TestRun.ScenarioRun;
import com.evidenceassessor.ruletests.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assessor rules test}: run the scenario tests with a readable report. */
@Command(name = "test", mixinStandardHelpOptions = true,
		description = "Run the scenario tests under rules/tests: per file, per scenario ✓ or ✗ with what did not "
				+ "hold and where the expectation comes from; a closing line 'N passed, M failed'.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:every scenario passed",
				"1:a scenario failed or a scenario file is invalid", "3:the rules do not compile" })
final class RulesTestCommand implements Callable<Integer> {

	@Parameters(paramLabel = "<file>", arity = "0..*",
			description = "Only the scenario files whose path under rules/tests starts with this, "
					+ "e.g. spc-evidence-2001/ (default: all).")
	private List<String> only = new ArrayList<>();

	@Mixin
	private RulesOption rules;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		TestRun run = TestRun.run(this.rules.load(), this.only);
		if (run.files().isEmpty() && !this.only.isEmpty()) {
			throw new CommandFailure(ExitCodes.INVALID_INPUT,
					"no scenario file under " + this.rules.folder() + "/tests starts with "
							+ String.join(" or ", this.only) + "; expected a path such as spc-evidence-2001/");
		}
		PrintWriter out = this.spec.commandLine().getOut();
		for (FileRun file : run.files()) {
			file(out, file);
		}
		out.println();
		out.println(run.passed() + " passed, " + run.failed() + " failed");
		out.flush();
		return (run.failed() == 0) ? ExitCodes.OK : ExitCodes.FAILED;
	}

	private static void file(PrintWriter out, FileRun file) {
		out.println("tests/" + file.file() + ((file.rules() != null) ? "  (" + file.rules() + ")" : ""));
		if (file.unreadable() != null) {
			out.println("  ✗ cannot read the file: " + file.unreadable());
			return;
		}
		for (ScenarioRun scenario : file.scenarios()) {
			ScenarioResult result = scenario.result();
			if (result.passed()) {
				out.println("  ✓ " + result.name());
				continue;
			}
			out.println("  ✗ " + result.name() + "  (tests/" + file.file()
					+ ((scenario.line() > 0) ? ":" + scenario.line() : "") + ")");
			result.failures().forEach(f -> out.println("      " + f));
			out.println("      source: " + ((result.source() != null) ? result.source() : "(none given)"));
		}
	}

}
