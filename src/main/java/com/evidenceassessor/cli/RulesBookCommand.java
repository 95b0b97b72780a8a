package com.evidenceassessor.cli;

import java.util.concurrent.Callable;

import com.evidenceassessor.rulebook.RuleBook;
import com.evidenceassessor.rulebook.RuleBookRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code assessor rules book}: the rule book as one HTML page. */
@Command(name = "book", mixinStandardHelpOptions = true,
		description = "Write the rule book as one HTML page: each instrument and article's text, the rules that "
				+ "implement it with their metadata and points, their scenario tests, the catalogue of provisions, "
				+ "and coverage figures.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:the rule book was written",
				"2:the output file cannot be written", "3:the rules do not compile" })
final class RulesBookCommand implements Callable<Integer> {

	@Mixin
	private RulesOption rules;

	@Mixin
	private OutputOption output;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		String html = RuleBookRenderer.render(RuleBook.of(this.rules.load()));
		this.output.write(this.spec.commandLine().getOut(), out -> out.print(html));
		return ExitCodes.OK;
	}

}
