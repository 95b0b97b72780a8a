package com.evidenceassessor.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small rules folder for tests: the project's data files (instruments, parameters,
 * remedies, questions) and one real rule file, the 2001 notarisation provision, with its
 * scenarios and a one-entry catalogue. It compiles in a fraction of the time the whole
 * rule set takes, and every check passes on it; a test then breaks it the way a lawyer's
 * edit would.
 */
public final class RulesFixture {

	public static final String RULE_FILE = "spc-evidence-2001/art9-notarised.drl";

	public static final String TESTS_FILE = "tests/spc-evidence-2001/art9-notarised.yaml";

	/**
	 * A case the fixture rules assess (a notarised chat heard under the 2001 provisions),
	 * for tests that need a good case beside the rules they try.
	 */
	public static final String CASE = """
			id: fixture
			causeOfAction: other
			lawDate: "2018-06-01"
			parties:
			  - { id: plaintiff, role: plaintiff, name: 原告, client: true }
			  - { id: defendant, role: defendant, name: 被告 }
			items:
			  - { id: E1, kind: text, counterparty: defendant, custody: { notarized: true } }
			""";

	private static final Path PROJECT_RULES = Path.of("rules");

	private RulesFixture() {
	}

	/** Writes the fixture into {@code folder} and returns it. */
	public static Path create(Path folder) {
		copy("instruments.yaml", folder);
		copy("remedies.yaml", folder);
		// nor may a remedy be ruled out by the project's other rules
		write(folder, "remedies.yaml",
				read(folder, "remedies.yaml").lines()
					.filter(line -> !line.contains("unlessFinding:"))
					.collect(Collectors.joining("\n", "", "\n")));
		copy("deadlines.yaml", folder);
		copy("questions.yaml", folder);
		// the fixture has one rule file: no question may name the project's other rules
		write(folder, "questions.yaml",
				read(folder, "questions.yaml").lines()
					.filter(line -> !line.contains("answeredBy:"))
					.collect(Collectors.joining("\n", "", "\n")));
		copyTree(PROJECT_RULES.resolve("parameters"), folder.resolve("parameters"));
		copy(RULE_FILE, folder);
		write(folder, TESTS_FILE, """
				rules: spc-evidence-2001/art9-notarised.drl
				scenarios:
				  - name: In 2018 a notarised record is confirmed
				    source: statute text — 证据规定（2001）第九条
				    case: { lawDate: "2018-06-01" }
				    item: { custody: { notarized: true } }
				    expect:
				      fired: [spc-evidence-2001/9-1-6.notarised]
				      notFired: [spc-evidence-2001/9-2.overturned]
				  - name: In 2018 counter-evidence that overturns defeats it
				    source: statute text — 证据规定（2001）第九条第二款
				    case: { lawDate: "2018-06-01" }
				    item: { custody: { notarized: false }, dispute: { rebuttalOverturns: true } }
				    expect:
				      fired: [spc-evidence-2001/9-2.overturned]
				      notFired: [spc-evidence-2001/9-1-6.notarised]
				""");
		write(folder, "catalogue.yaml", """
				R10:
				  rule: Notarised content shall be confirmed unless overturned
				  basis: 证据规定（2001）第九条
				  modelledBy: [spc-evidence-2001/9-1-6.notarised, spc-evidence-2001/9-2.overturned]
				""");
		return folder;
	}

	public static void write(Path folder, String name, String text) {
		try {
			Path file = folder.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String read(Path folder, String name) {
		try {
			return Files.readString(folder.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces text in a fixture file, failing if the text is not there. */
	public static void replace(Path folder, String name, String from, String to) {
		String text = read(folder, name);
		if (!text.contains(from)) {
			throw new IllegalArgumentException(name + " does not contain " + from);
		}
		write(folder, name, text.replace(from, to));
	}

	private static void copy(String name, Path folder) {
		try {
			Path target = folder.resolve(name);
			Files.createDirectories(target.getParent());
			Files.copy(PROJECT_RULES.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies a folder tree. */
	public static void copyTree(Path from, Path to) {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
