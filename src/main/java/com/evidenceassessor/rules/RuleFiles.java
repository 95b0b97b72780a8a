package com.evidenceassessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under a {@code rules/} folder: which count as rules, and their content hash.
 */
final class RuleFiles {

	/** Scenario tests live here; they are data about the rules, not rules. */
	static final String TESTS = "tests";

	private RuleFiles() {
	}

	/**
	 * Every file that makes up the rule set (DRL, YAML, spreadsheets), sorted by relative
	 * path.
	 */
	static List<Path> all(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.filter(p -> !folder.relativize(p).toString().startsWith(TESTS))
				.filter(p -> {
					String name = p.getFileName().toString();
					return name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".xlsx");
				})
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Path> drl(List<Path> files) {
		return files.stream().filter(p -> p.getFileName().toString().endsWith(".drl")).toList();
	}

	/** SHA-256 over each file's path relative to the folder and its bytes. */
	static String hash(Path folder, List<Path> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
				digest.update(relative(folder, file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Files.readAllBytes(file));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A path relative to the rules folder, with forward slashes on every system. */
	static String relative(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}

}
