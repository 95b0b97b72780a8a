package com.evidenceassessor.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule file as a lawyer wrote it, read as text (it need not compile): the header
 * comment with the instrument, article and statute text, and each rule with the comment
 * above it (the item of the article it implements) and its conditions.
 *
 * @param file the file, relative to {@code rules/}
 * @param header the opening comment, without comment marks
 * @param rules the rules, in file order
 */
record DrlSource(String file, String header, List<DrlRule> rules) {

	private static final Pattern HEADER = Pattern.compile("\\A\\s*/\\*(.*?)\\*/", Pattern.DOTALL);

	private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

	/** Every DRL file under the folder (not under {@code tests/}), sorted. */
	static List<DrlSource> readAll(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".drl"))
				.filter(p -> !folder.relativize(p).toString().startsWith("tests"))
				.sorted()
				.map(p -> read(folder, p))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static DrlSource read(Path folder, Path file) {
		try {
			String text = Files.readString(file);
			String name = folder.relativize(file).toString().replace('\\', '/');
			return new DrlSource(name, header(text), rules(text.lines().toList()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String header(String text) {
		Matcher matcher = HEADER.matcher(text);
		if (!matcher.find()) {
			return "";
		}
		StringBuilder header = new StringBuilder();
		for (String line : matcher.group(1).lines().toList()) {
			header.append(line.replaceFirst("^\\s*\\* ?", "").stripTrailing()).append('\n');
		}
		return header.toString().strip();
	}

	private static List<DrlRule> rules(List<String> lines) {
		List<DrlRule> rules = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = RULE.matcher(lines.get(i));
			if (matcher.find()) {
				rules.add(rule(lines, i, matcher.group(1)));
			}
		}
		return rules;
	}

	private static DrlRule rule(List<String> lines, int at, String name) {
		List<String> comment = new ArrayList<>();
		for (int j = at - 1; j >= 0 && lines.get(j).trim().startsWith("//"); j--) {
			comment.add(0, lines.get(j).trim().replaceFirst("^//\\s?", ""));
		}
		int when = -1;
		int then = -1;
		for (int j = at + 1; j < lines.size() && then < 0; j++) {
			String line = lines.get(j).trim();
			if (line.equals("when") && when < 0) {
				when = j;
			}
			else if (line.equals("then")) {
				then = j;
			}
		}
		String conditions = (when >= 0 && then > when) ? String.join("\n", lines.subList(when + 1, then)) : "";
		return new DrlRule(name, at + 1, String.join("\n", comment), conditions, when + 2);
	}

	/**
	 * One rule as written.
	 *
	 * @param name its name
	 * @param line the line of {@code rule "..."}
	 * @param comment the comment lines right above it (the item of the article)
	 * @param conditions the text between {@code when} and {@code then}
	 * @param conditionsLine the line of the first condition
	 */
	record DrlRule(String name, int line, String comment, String conditions, int conditionsLine) {

	}

}
