package com.evidenceassessor.cli;

import com.evidenceassessor.batch.BatchBenchCommand;
import com.evidenceassessor.batch.BatchCommand;
import com.evidenceassessor.bills.BillsCommand;
import com.evidenceassessor.evidencefiles.InspectCommand;
import com.evidenceassessor.generate.GenerateCommand;
import com.evidenceassessor.store.HistoryCommand;
import picocli.CommandLine.Command;

/** {@code assessor}: the top-level command; each feature adds its subcommand here. */
@Command(name = "assessor", mixinStandardHelpOptions = true, version = "evidence-assessor 0.1.0",
		description = "Assesses WeChat electronic evidence for PRC civil litigation.",
		subcommands = { AssessCommand.class, InspectCommand.class, BillsCommand.class, RulesCommand.class,
				BatchCommand.class, HistoryCommand.class, GenerateCommand.class, ServeCommand.class, UsersCommand.class,
				BenchCommand.class, BatchBenchCommand.class, WebBenchCommand.class, SchemaCommand.class })
final class AssessorCommand {

}
