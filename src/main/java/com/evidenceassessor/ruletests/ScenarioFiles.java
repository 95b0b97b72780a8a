package com.evidenceassessor.ruletests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.evidenceassessor.casefile.JacksonErrors;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The scenario files under a rules folder's {@code tests/}: listing, strict reading, and
 * where each scenario sits, so that a report can point at it. Needs no compiled rules, so
 * the checks can read the tests of rules that do not compile.
 */
public final class ScenarioFiles {

	/** The folder under {@code rules/} that holds the scenario files. */
	public static final String TESTS = "tests";

	private final Path testsFolder;

	public ScenarioFiles(Path rulesFolder) {
		this.testsFolder = rulesFolder.resolve(TESTS);
	}

	/** Every scenario file, sorted. */
	public List<Path> files() {
		if (!Files.isDirectory(this.testsFolder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(this.testsFolder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads a scenario file strictly; a malformed one is a located input error. */
	public ScenarioFile read(Path file) {
		try {
			return Json.yaml().readValue(file.toFile(), ScenarioFile.class);
		}
		catch (JsonProcessingException ex) {
			throw JacksonErrors.toInputException(ex, TESTS + "/" + relative(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file's path relative to {@code tests/}, with forward slashes. */
	public String relative(Path file) {
		return this.testsFolder.relativize(file).toString().replace('\\', '/');
	}

	/** A file by its path relative to {@code tests/}. */
	public Path resolve(String relativeName) {
		return this.testsFolder.resolve(relativeName);
	}

	/** The line where a scenario of that name starts in the file, 0 when not found. */
	public int lineOf(Path file, String scenarioName) {
		try {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).trim();
				if (line.startsWith("- name:") && line.substring("- name:".length()).trim().equals(scenarioName)) {
					return i + 1;
				}
			}
			return 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
