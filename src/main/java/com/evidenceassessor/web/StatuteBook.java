package com.evidenceassessor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * The statute texts the rules carry: each rule file opens with the instrument, the
 * article and its verbatim text in a comment; this reads those comments for the statute
 * page, and says which page anchor a rule's citation opens. Read again whenever the rules
 * in service change.
 */
@Component
public class StatuteBook {

	private final Supplier<RuleSet> rules;

	private volatile Book book;

	StatuteBook(Supplier<RuleSet> rules) {
		this.rules = rules;
	}

	/** The rule files in order, each with its header text and its rules. */
	public List<Entry> entries() {
		return current().entries();
	}

	/** The anchor of the statute a rule cites, by rule id, or {@code null}. */
	public String anchorOf(String ruleId) {
		return current().anchorByRule().get(ruleId);
	}

	static String anchor(String file) {
		return "s-" + file.replaceAll("\\.drl$", "").replaceAll("[^A-Za-z0-9]+", "-");
	}

	private Book current() {
		RuleSet ruleSet = this.rules.get();
		Book known = this.book;
		if (known == null || !known.hash().equals(ruleSet.hash())) {
			known = read(ruleSet);
			this.book = known;
		}
		return known;
	}

	private static Book read(RuleSet ruleSet) {
		Map<String, List<RuleInfo>> byFile = ruleSet.allRules()
			.stream()
			.sorted(Comparator.comparing(RuleInfo::id))
			.collect(Collectors.groupingBy(RuleInfo::file, LinkedHashMap::new, Collectors.toList()));
		List<Entry> entries = new ArrayList<>();
		Map<String, String> anchors = new LinkedHashMap<>();
		byFile.keySet().stream().sorted().forEach(file -> {
			List<RuleInfo> rules = byFile.get(file);
			entries.add(new Entry(anchor(file), file, rules.get(0).instrument().title(), header(ruleSet.folder(), file),
					rules));
			rules.forEach(rule -> anchors.put(rule.id(), anchor(file)));
		});
		return new Book(ruleSet.hash(), List.copyOf(entries), Map.copyOf(anchors));
	}

	/** The opening block comment of a rule file, without its comment markers. */
	static String header(Path folder, String file) {
		try {
			String text = Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
			int start = text.indexOf("/*");
			int end = text.indexOf("*/", start + 2);
			if (start < 0 || end < 0 || !text.substring(0, start).isBlank()) {
				return "";
			}
			return text.substring(start + 2, end)
				.lines()
				.map(line -> line.replaceFirst("^\\s*\\*\\s?", ""))
				.collect(Collectors.joining("\n"))
				.strip();
		}
		catch (IOException ex) {
			return "";
		}
	}

	/**
	 * One rule file.
	 *
	 * @param anchor its anchor on the statute page
	 * @param file its path under rules/
	 * @param instrument the title of the instrument its rules cite
	 * @param text its header: citation and verbatim text
	 * @param rules its rules
	 */
	public record Entry(String anchor, String file, String instrument, String text, List<RuleInfo> rules) {

	}

	private record Book(String hash, List<Entry> entries, Map<String, String> anchorByRule) {

	}

}
