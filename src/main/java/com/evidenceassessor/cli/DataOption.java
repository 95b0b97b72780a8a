package com.evidenceassessor.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The {@code --data} option: the folder holding the server's users file and database, by
 * default {@code $ASSESSOR_DATA} or {@code ./data}.
 */
public final class DataOption {

	@Option(names = "--data", paramLabel = "<folder>",
			description = "The data folder: users file, database, batch outputs (default: $ASSESSOR_DATA, else ./data).")
	private Path folder;

	public Path folder() {
		if (this.folder != null) {
			return this.folder;
		}
		String env = System.getenv("ASSESSOR_DATA");
		return Path.of((env != null && !env.isBlank()) ? env : "data");
	}

}
