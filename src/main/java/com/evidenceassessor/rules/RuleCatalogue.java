package com.evidenceassessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads each compiled rule's metadata into a {@link RuleInfo} and checks it: an id, an
 * instrument that exists, an article, a dimension, an effect, reasons in both languages,
 * points that name a parameter, remedies that exist. A rule without a citation cannot
 * produce a reason, so it is a problem, not a warning.
 */
final class RuleCatalogue {

	private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

	private static final Set<String> KEYS = Set.of("id", "instrument", "article", "dimension", "effect", "points",
			"establishes", "reasonZh", "reasonEn", "remedies", "effective", "expires");

	private static final Map<String, String> DROOLS_ALIASES = Map.of("org.kie.api.definition.type.Expires", "expires");

	private final Map<String, Location> locations = new HashMap<>();

	private final List<RuleProblem> problems;

	private RuleCatalogue(List<RuleProblem> problems) {
		this.problems = problems;
	}

	static Map<String, RuleInfo> read(Path folder, List<Path> drlFiles, KieBase base, RulesData data,
			List<RuleProblem> problems) {
		RuleCatalogue catalogue = new RuleCatalogue(problems);
		catalogue.locate(folder, drlFiles);
		return catalogue.infos(base, data);
	}

	private void locate(Path folder, List<Path> drlFiles) {
		for (Path file : drlFiles) {
			String text = read(file);
			Matcher matcher = RULE.matcher(text);
			while (matcher.find()) {
				int line = (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
				Location previous = this.locations.put(matcher.group(1),
						new Location(RuleFiles.relative(folder, file), line));
				if (previous != null) {
					this.problems.add(new RuleProblem(RuleFiles.relative(folder, file), line,
							"rule name \"" + matcher.group(1) + "\" is also used at " + previous.file() + ":"
									+ previous.line() + "; expected unique rule names"));
				}
			}
		}
	}

	private Map<String, RuleInfo> infos(KieBase base, RulesData data) {
		Map<String, RuleInfo> infos = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		for (KiePackage kiePackage : base.getKiePackages()) {
			for (Rule rule : kiePackage.getRules()) {
				RuleInfo info = info(rule, data);
				if (info != null && !ids.add(info.id())) {
					problem(rule.getName(), "@id(\"" + info.id() + "\") is used by another rule; expected unique ids");
				}
				if (info != null) {
					infos.put(rule.getName(), info);
				}
			}
		}
		return infos;
	}

	private RuleInfo info(Rule rule, RulesData data) {
		Map<String, Object> meta = normalised(rule.getMetaData());
		String name = rule.getName();
		int before = this.problems.size();
		for (String key : meta.keySet()) {
			if (!KEYS.contains(key)) {
				problem(name, "unknown metadata @" + key + "; expected one of " + KEYS);
			}
		}
		String id = required(name, meta, "id");
		Instrument instrument = data.instruments().get(text(meta, "instrument"));
		if (instrument == null) {
			problem(name, "@instrument(\"" + text(meta, "instrument")
					+ "\") is not in instruments.yaml; expected one of " + data.instruments().keySet());
		}
		String article = required(name, meta, "article");
		Dimension dimension = choice(name, meta, "dimension", Dimension.class);
		Effect effect = choice(name, meta, "effect", Effect.class);
		String points = text(meta, "points");
		if (points != null && !data.parameters().containsKey(points)) {
			problem(name, "@points(\"" + points + "\") names no parameter under parameters/");
		}
		List<String> remedies = new ArrayList<>();
		for (String named : list(text(meta, "remedies"))) {
			List<String> members = RemedyGroups.expand(named, data.remedies());
			if (members.isEmpty()) {
				problem(name,
						"@remedies names '" + named + "', which is neither a remedy nor a group in remedies.yaml");
			}
			remedies.addAll(members);
		}
		String reasonZh = required(name, meta, "reasonZh");
		String reasonEn = required(name, meta, "reasonEn");
		LocalDate effective = date(name, meta, "effective");
		LocalDate expires = date(name, meta, "expires");
		if (this.problems.size() > before) {
			return null;
		}
		return new RuleInfo(id, name, location(name).file(), instrument, article, dimension, effect, points,
				text(meta, "establishes"), reasonZh, reasonEn, remedies, effective, expires, location(name).line());
	}

	/**
	 * The metadata as written: Drools files {@code @expires} under the name of its own
	 * event annotation, so it is renamed back.
	 */
	private static Map<String, Object> normalised(Map<String, Object> meta) {
		Map<String, Object> written = new LinkedHashMap<>();
		meta.forEach((key, value) -> written.put(DROOLS_ALIASES.getOrDefault(key, key), value));
		return written;
	}

	private String required(String rule, Map<String, Object> meta, String key) {
		String value = text(meta, key);
		if (value == null || value.isBlank()) {
			problem(rule, "missing @" + key + "(...); every rule needs an id, instrument, article, dimension, "
					+ "effect and reasons in Chinese and English");
		}
		return value;
	}

	private <E extends Enum<E>> E choice(String rule, Map<String, Object> meta, String key, Class<E> type) {
		String value = required(rule, meta, key);
		if (value == null) {
			return null;
		}
		E constant = com.evidenceassessor.support.WireNames.parse(type, value);
		if (constant == null) {
			problem(rule, "@" + key + "(\"" + value + "\") is not one of "
					+ com.evidenceassessor.support.WireNames.all(type));
		}
		return constant;
	}

	private LocalDate date(String rule, Map<String, Object> meta, String key) {
		String value = text(meta, key);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(rule, "@" + key + "(\"" + value + "\") is not a date written as YYYY-MM-DD");
			return null;
		}
	}

	private static String text(Map<String, Object> meta, String key) {
		Object value = meta.get(key);
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1);
		}
		return text;
	}

	private static List<String> list(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private void problem(String rule, String message) {
		Location at = location(rule);
		this.problems.add(new RuleProblem(at.file(), at.line(), "rule \"" + rule + "\": " + message));
	}

	private Location location(String rule) {
		return this.locations.getOrDefault(rule, new Location("?", 0));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Location(String file, int line) {
	}

}
