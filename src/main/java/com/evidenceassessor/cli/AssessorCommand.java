package com.evidenceassessor.cli;

import com.evidenceassessor.bills.BillsCommand;
import com.evidenceassessor.evidencefiles.InspectCommand;
import picocli.CommandLine.Command;

/** {@code assessor}: the top-level command; each feature adds its subcommand here. */
@Command(name = "assessor", mixinStandardHelpOptions = true, version = "evidence-assessor 0.1.0",
		description = "Assesses WeChat electronic evidence for PRC civil litigation.",
		subcommands = { AssessCommand.class, InspectCommand.class, RulesCommand.class, BenchCommand.class,
				SchemaCommand.class, BillsCommand.class })
final class AssessorCommand {

}
