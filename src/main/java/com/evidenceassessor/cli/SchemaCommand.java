package com.evidenceassessor.cli;

import java.util.concurrent.Callable;

import com.evidenceassessor.casefile.CaseFileSchema;
import com.evidenceassessor.support.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assessor schema}: the case file's JSON Schema, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
		description = "Print the JSON Schema of the case file (also in docs/case-file.schema.json).")
final class SchemaCommand implements Callable<Integer> {

	@Mixin
	private OutputOption output;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		String schema = Json.json().writeValueAsString(CaseFileSchema.generate());
		this.output.write(this.spec.commandLine().getOut(), out -> out.println(schema));
		return ExitCodes.OK;
	}

}
