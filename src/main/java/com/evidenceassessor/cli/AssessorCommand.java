package com.evidenceassessor.cli;

import picocli.CommandLine.Command;

/** {@code assessor}: the top-level command; each feature adds its subcommand here. */
@Command(name = "assessor", mixinStandardHelpOptions = true, version = "evidence-assessor 0.1.0",
		description = "Assesses WeChat electronic evidence for PRC civil litigation.",
		subcommands = { AssessCommand.class, BenchCommand.class })
final class AssessorCommand {

}
