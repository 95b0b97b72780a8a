package com.evidenceassessor.rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.evidenceassessor.casefile.JacksonErrors;
import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleProblem;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * {@code rules/catalogue.yaml}: the provisions the rules are meant to cover (the rule
 * table of the legal notes, §9), each either modelled by named rules or listed as
 * deliberately not modelled, with the reason. A provision that is neither is a gap the
 * check reports.
 *
 * @param entries the provisions, by their id (e.g. {@code R05})
 * @param lines the line of each entry in the file
 */
record Catalogue(Map<String, Entry> entries, Map<String, Integer> lines) {

	static final String FILE = "catalogue.yaml";

	static Catalogue read(Path folder, List<RuleProblem> problems) {
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			problems.add(new RuleProblem(FILE, 0,
					"missing file; expected the catalogue of provisions, each with modelledBy or notModelled"));
			return new Catalogue(Map.of(), Map.of());
		}
		try {
			Map<String, Entry> entries = Json.yaml().readValue(file.toFile(), new TypeReference<>() {
			});
			List<String> text = Files.readAllLines(file);
			Map<String, Integer> lines = new LinkedHashMap<>();
			entries.keySet().forEach(id -> lines.put(id, lineOf(text, id)));
			return new Catalogue(new LinkedHashMap<>(entries), lines);
		}
		catch (JsonProcessingException ex) {
			InputException error = JacksonErrors.toInputException(ex, FILE);
			String field = (error.location().field() != null) ? " (" + error.location().field() + ")" : "";
			problems.add(new RuleProblem(FILE, error.location().line(), error.problem() + field));
		}
		catch (IOException ex) {
			problems.add(new RuleProblem(FILE, 0, "cannot read: " + ex.getMessage()));
		}
		return new Catalogue(Map.of(), Map.of());
	}

	/**
	 * Every provision is modelled by rules that exist, or says why it is not; never both.
	 */
	List<RuleProblem> check(RuleSet ruleSet) {
		Set<String> ids = ruleSet.allRules().stream().map(RuleInfo::id).collect(Collectors.toSet());
		List<RuleProblem> problems = new ArrayList<>();
		this.entries.forEach((id, entry) -> {
			int line = this.lines.getOrDefault(id, 0);
			boolean modelled = !entry.modelledBy().isEmpty();
			boolean excused = entry.notModelled() != null && !entry.notModelled().isBlank();
			if (modelled == excused) {
				problems.add(new RuleProblem(FILE, line, "provision " + id + (modelled ? " has both" : " has neither")
						+ " modelledBy and notModelled; expected the rule ids that model it, or the reason it is not modelled"));
			}
			for (String rule : entry.modelledBy()) {
				if (!ids.contains(rule)) {
					problems.add(new RuleProblem(FILE, line,
							"provision " + id + " names the rule " + rule + ", which no rule file defines"));
				}
			}
		});
		return problems;
	}

	/** The provisions a rule models. */
	List<String> provisionsOf(String ruleId) {
		return this.entries.entrySet()
			.stream()
			.filter(e -> e.getValue().modelledBy().contains(ruleId))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static int lineOf(List<String> lines, String key) {
		Pattern start = Pattern.compile("^\"?" + Pattern.quote(key) + "\"?\\s*:");
		for (int i = 0; i < lines.size(); i++) {
			if (start.matcher(lines.get(i)).find()) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * One provision.
	 *
	 * @param rule what the provision says, in short (if … then …)
	 * @param basis the articles it rests on
	 * @param modelledBy the ids of the rules that model it
	 * @param notModelled why it is deliberately not modelled
	 */
	record Entry(String rule, String basis, List<String> modelledBy, String notModelled) {

		Entry {
			modelledBy = (modelledBy != null) ? List.copyOf(modelledBy) : List.of();
		}

	}

}
