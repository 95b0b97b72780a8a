package com.evidenceassessor.rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.evidenceassessor.rules.Effect;
import com.evidenceassessor.rules.Question;
import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleProblem;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The conventions that keep the rules readable and the numbers in data: every rule file
 * opens with its statute text; no rule compares with a bare number (a parameter must be
 * used, so a lawyer changes it in one place with its source); every parameter says what
 * it means, its unit, its source and when it was last reviewed.
 */
final class ConventionCheck {

	/**
	 * A number standing alone in a condition: not part of a name ({@code points93}), a
	 * field path or a string. Zero is allowed: "none" and "positive" are not policy.
	 */
	private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])(\\d+(?:\\.\\d+)?)[lLdDfFbB]?(?![\\w.])");

	/** A bracketed topic at the start of an article or after a semicolon. */
	private static final Pattern TOPIC = Pattern.compile("(?:^|；)（([^（）]+)）");

	private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

	private static final String REFUSED_REGARDLESS = "refusedRegardless";

	/** What a condition reads when it turns on corroboration. */
	private static final List<String> CORROBORATION = List.of("CORROBORATES", "corroboratedBy", "outsideEvidence");

	private static final List<String> PARAMETER_FIELDS = List.of("description", "unit", "source", "lastReviewed");

	private ConventionCheck() {
	}

	static List<RuleProblem> headers(List<DrlSource> sources) {
		List<RuleProblem> problems = new ArrayList<>();
		for (DrlSource source : sources) {
			if (source.header().isBlank()) {
				problems.add(new RuleProblem(source.file(), 1,
						"no header comment; expected the file to open with /* the instrument, the article and its text */"));
			}
		}
		return problems;
	}

	/**
	 * Each bracketed topic a rule cites (practice guidance: （身份认定：同一账号）) has its English
	 * in its instrument's {@code topicsEn}: the English opinion would show it in Chinese.
	 */
	static List<RuleProblem> englishTopics(RuleSet ruleSet) {
		List<RuleProblem> problems = new ArrayList<>();
		for (RuleInfo rule : ruleSet.allRules()) {
			Matcher topic = TOPIC.matcher(rule.article());
			while (topic.find()) {
				if (!rule.instrument().topicsEn().containsKey(topic.group(1))) {
					problems.add(new RuleProblem(rule.file(), rule.line(),
							"rule \"" + rule.name() + "\" cites the topic （" + topic.group(1)
									+ "）, which has no English; expected it under topicsEn of '"
									+ rule.instrument().id() + "' in instruments.yaml"));
				}
			}
		}
		return problems;
	}

	/** The rules a question names as answering it exist. */
	static List<RuleProblem> questionRules(RuleSet ruleSet) {
		Set<String> ids = ruleIds(ruleSet);
		List<RuleProblem> problems = new ArrayList<>();
		for (Question question : ruleSet.questions()) {
			for (String id : question.answeredBy()) {
				if (!ids.contains(id)) {
					problems.add(new RuleProblem("questions.yaml", 0,
							"question '" + question.field() + "' is answeredBy '" + id
									+ "', which is not a rule; expected a rule id such as "
									+ "wechat-practice/voice.original-file"));
				}
			}
		}
		return problems;
	}

	private static Set<String> ruleIds(RuleSet ruleSet) {
		Set<String> ids = new HashSet<>();
		ruleSet.allRules().forEach(rule -> ids.add(rule.id()));
		return ids;
	}

	/** The rules a remedy names in {@code unlessFinding} exist. */
	static List<RuleProblem> remedyRules(RuleSet ruleSet) {
		Set<String> ids = ruleIds(ruleSet);
		List<RuleProblem> problems = new ArrayList<>();
		ruleSet.remedies()
			.forEach((remedyId, remedy) -> remedy.unlessFinding()
				.stream()
				.filter(id -> !ids.contains(id))
				.forEach(id -> problems.add(new RuleProblem("remedies.yaml", 0,
						"remedy '" + remedyId + "' is ruled out unlessFinding '" + id
								+ "', which is not a rule; expected a rule id such as "
								+ "wechat-practice/identity.denied-not-fixed-refused"))));
		return problems;
	}

	/**
	 * A rule that establishes {@code refusedRegardless} (a refusal no corroboration
	 * cures: the other item then corroborates nothing) does not read corroboration
	 * itself: if it did, two items corroborating each other would wait on each other and
	 * the result would depend on the firing order (rules/README.md, "Corroboration is
	 * stratified").
	 */
	static List<RuleProblem> refusalsCorroborationCannotCure(List<DrlSource> sources, RuleSet ruleSet) {
		Set<String> refusals = new HashSet<>();
		ruleSet.allRules()
			.stream()
			.filter(rule -> REFUSED_REGARDLESS.equals(rule.establishes()) || rule.effect() == Effect.DISPROVES)
			.forEach(rule -> refusals.add(rule.name()));
		List<RuleProblem> problems = new ArrayList<>();
		for (DrlSource source : sources) {
			for (DrlSource.DrlRule rule : source.rules()) {
				if (!refusals.contains(rule.name())) {
					continue;
				}
				for (String reads : CORROBORATION) {
					if (rule.conditions().contains(reads)) {
						problems.add(new RuleProblem(source.file(), rule.conditionsLine(),
								"rule \"" + rule.name() + "\" establishes " + REFUSED_REGARDLESS
										+ " or disproves, but reads " + reads
										+ "; expected a finding that does not turn on corroboration (an item with it "
										+ "corroborates nothing)"));
					}
				}
			}
		}
		return problems;
	}

	static List<RuleProblem> numericLiterals(List<DrlSource> sources) {
		List<RuleProblem> problems = new ArrayList<>();
		for (DrlSource source : sources) {
			for (DrlSource.DrlRule rule : source.rules()) {
				String[] lines = rule.conditions().split("\n", -1);
				for (int i = 0; i < lines.length; i++) {
					String code = STRING.matcher(lines[i].replaceFirst("//.*$", "")).replaceAll("\"\"");
					Matcher number = NUMBER.matcher(code);
					while (number.find()) {
						if (number.group(1).matches("0+(\\.0+)?")) {
							continue;
						}
						problems.add(new RuleProblem(source.file(), rule.conditionsLine() + i,
								"rule \"" + rule.name() + "\" compares with the number " + number.group(1)
										+ "; expected a parameter from parameters/, e.g. "
										+ "ParameterValue( name == \"...\", $limit : intValue )"));
					}
				}
			}
		}
		return problems;
	}

	static List<RuleProblem> parameters(Path folder) {
		List<RuleProblem> problems = new ArrayList<>();
		Path parameters = folder.resolve("parameters");
		if (!Files.isDirectory(parameters)) {
			return problems;
		}
		try (Stream<Path> files = Files.walk(parameters)) {
			for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
				checkParameterFile(folder, file, problems);
			}
		}
		catch (IOException ex) {
			problems.add(new RuleProblem("parameters", 0, "cannot read: " + ex.getMessage()));
		}
		return problems;
	}

	private static void checkParameterFile(Path folder, Path file, List<RuleProblem> problems) {
		String name = folder.relativize(file).toString().replace('\\', '/');
		JsonNode root;
		List<String> lines;
		try {
			root = Json.yaml().readTree(file.toFile());
			lines = Files.readAllLines(file);
		}
		catch (IOException ex) {
			return; // the loader reports files it cannot read, with their line
		}
		if (root == null || !root.isObject()) {
			return;
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			int line = lineOf(lines, entry.getKey());
			for (String field : PARAMETER_FIELDS) {
				JsonNode value = entry.getValue().get(field);
				if (value == null || value.isNull() || value.asText().isBlank()) {
					problems.add(new RuleProblem(name, line, "parameter '" + entry.getKey() + "' has no " + field
							+ "; expected description, unit, source and lastReviewed for every parameter"));
				}
			}
			JsonNode values = entry.getValue().get("values");
			if (values == null || !values.isObject() || values.isEmpty()) {
				problems.add(new RuleProblem(name, line, "parameter '" + entry.getKey()
						+ "' has no dated values; expected values: { YYYY-MM-DD: number }"));
			}
		}
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

}
