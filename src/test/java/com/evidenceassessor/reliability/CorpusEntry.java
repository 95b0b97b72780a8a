package com.evidenceassessor.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of the hostile corpus manifest.
 *
 * @param file the file or folder, under the corpus folder or {@code generated/...}
 * @param category case file, evidence file, rules, bill...
 * @param target the command it is fed to
 * @param outcome {@code exit N} or {@code fact}
 * @param fragment what the error message (or the fact) must contain
 */
record CorpusEntry(String file, String category, String target, String outcome, String fragment) {

	static final Path FOLDER = Path.of("src/test/resources/hostile");

	static final Path MANIFEST = FOLDER.resolve("manifest.tsv");

	static List<CorpusEntry> all() {
		try {
			return Files.readAllLines(MANIFEST, StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map(CorpusEntry::parse)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CorpusEntry parse(String line) {
		String[] cells = line.split("\t", -1);
		if (cells.length != 5) {
			throw new IllegalStateException(MANIFEST + ": expected 5 tab-separated columns in: " + line);
		}
		return new CorpusEntry(cells[0], cells[1], cells[2], cells[3], cells[4]);
	}

	boolean generated() {
		return this.file.startsWith("generated/");
	}

	/** The exit code expected, or -1 for a fact. */
	int exitCode() {
		return this.outcome.startsWith("exit ") ? Integer.parseInt(this.outcome.substring(5)) : -1;
	}

	String fileName() {
		String path = this.file.endsWith("/case.yaml") ? this.file.substring(0, this.file.length() - 10) : this.file;
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
