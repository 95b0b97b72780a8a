package com.evidenceassessor.cli;

import picocli.CommandLine.Command;

/** {@code assessor rules ...}: the tools for the people who keep the rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
		description = "Check, test, document and measure the rules under rules/ (see rules/README.md).", subcommands = {
				RulesCheckCommand.class, RulesTestCommand.class, RulesBookCommand.class, RulesImpactCommand.class })
final class RulesCommand {

}
