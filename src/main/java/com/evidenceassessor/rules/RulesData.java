package com.evidenceassessor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.evidenceassessor.casefile.JacksonErrors;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The data files beside the DRL: {@code instruments.yaml}, {@code parameters/*.yaml},
 * {@code remedies.yaml} with the {@code deadlines.yaml} they name, {@code questions.yaml}
 * and (when present) {@code chains.yaml} and {@code laws.yaml}. Read strictly; each
 * problem is located, and the remedies, questions and chains are checked against the fact
 * vocabulary.
 *
 * @param instruments instruments by id
 * @param laws the laws the reasons and chains cite that are not rule instruments, by id
 * ({@code laws.yaml}; empty when the folder has none)
 * @param parameters parameters by name
 * @param remedies remedies by id, each with the time limit it names
 * @param questions questions for unknown facts
 * @param chains what each cause of action needs proved
 * @param afterExpiry what follows once a time limit has passed ({@code deadlines.yaml},
 * {@value Deadline#AFTER_EXPIRY}), or {@code null} when it is missing (a load problem)
 * @param madeAfterLimit what an action on a record made after the time limit needs
 * instead ({@value Deadline#MADE_AFTER_LIMIT}), or {@code null} when there is none
 * @param restDays the rest days on which no time limit ends ({@code rest-days.yaml};
 * {@link RestDays#NONE} when the folder has none)
 */
record RulesData(Map<String, Instrument> instruments, Map<String, Instrument> laws, Map<String, Parameter> parameters,
		Map<String, Remedy> remedies, List<Question> questions, Chains chains, Deadline afterExpiry,
		Deadline madeAfterLimit, RestDays restDays) {

	/**
	 * The laws cited that are not rule instruments; optional, like {@code chains.yaml}.
	 */
	static final String LAWS = "laws.yaml";

	static RulesData read(Path folder, List<RuleProblem> problems) {
		Map<String, Instrument> instruments = readMap(folder, "instruments.yaml", new TypeReference<>() {
		}, problems);
		Map<String, Parameter> parameters = new LinkedHashMap<>();
		for (Path file : yamlFiles(folder.resolve("parameters"))) {
			Map<String, Parameter> some = readMap(folder, RuleFiles.relative(folder, file),
					new TypeReference<Map<String, Parameter>>() {
					}, problems);
			some.forEach((name, parameter) -> checkParameter(folder, file, name, parameter, parameters, problems));
		}
		Map<String, Remedy> remedies = readMap(folder, "remedies.yaml", new TypeReference<>() {
		}, problems);
		Map<String, Deadline> deadlines = readMap(folder, "deadlines.yaml", new TypeReference<>() {
		}, problems);
		List<Question> questions = readList(folder, "questions.yaml", problems);
		Chains chains = readChains(folder, problems);
		RuleDataChecks checks = new RuleDataChecks(problems);
		checks.remedies(remedies, deadlines);
		checks.deadlines(deadlines, remedies);
		Deadline afterExpiry = deadlines.remove(Deadline.AFTER_EXPIRY);
		Deadline madeAfterLimit = deadlines.remove(Deadline.MADE_AFTER_LIMIT);
		deadlines.replaceAll((name, limit) -> limit.withPassed(deadlines.get(limit.whenPassed())));
		remedies.replaceAll((id, remedy) -> remedy.withTimeLimit(deadlines.get(remedy.deadline())));
		checks.questions(questions, remedies);
		checks.chains(chains, parameters.keySet());
		checks.remedyElements(remedies, chains);
		instruments.forEach((id, instrument) -> {
			if (!id.equals(instrument.id())) {
				problems.add(new RuleProblem("instruments.yaml", 0,
						"instrument '" + id + "' has id '" + instrument.id() + "'; expected the same id"));
			}
		});
		Map<String, Instrument> laws = Files.isRegularFile(folder.resolve(LAWS))
				? readMap(folder, LAWS, new TypeReference<>() {
				}, problems) : new LinkedHashMap<>();
		LawChecks.check(laws, instruments, problems);
		return new RulesData(instruments, laws, parameters, remedies, questions, chains, afterExpiry, madeAfterLimit,
				readRestDays(folder, problems));
	}

	/**
	 * {@code rest-days.yaml} is optional: without it, no time limit is moved off a rest
	 * day.
	 */
	private static RestDays readRestDays(Path folder, List<RuleProblem> problems) {
		if (!Files.isRegularFile(folder.resolve(RestDays.FILE))) {
			return RestDays.NONE;
		}
		RestDays restDays = readValue(folder, RestDays.FILE, new TypeReference<RestDays>() {
		}, problems);
		if (restDays == null) {
			return RestDays.NONE;
		}
		restDays.problems().forEach(problem -> problems.add(new RuleProblem(RestDays.FILE, 0, problem)));
		return restDays;
	}

	/** {@code chains.yaml} is optional: without it, opinions show no evidence chain. */
	private static Chains readChains(Path folder, List<RuleProblem> problems) {
		if (!Files.isRegularFile(folder.resolve("chains.yaml"))) {
			return Chains.NONE;
		}
		Chains chains = readValue(folder, "chains.yaml", new TypeReference<Chains>() {
		}, problems);
		return (chains != null) ? chains : Chains.NONE;
	}

	private static void checkParameter(Path folder, Path file, String name, Parameter parameter,
			Map<String, Parameter> all, List<RuleProblem> problems) {
		String where = RuleFiles.relative(folder, file);
		if (parameter.unit() == null || parameter.source() == null || parameter.lastReviewed() == null
				|| parameter.description() == null) {
			problems.add(new RuleProblem(where, 0,
					"parameter '" + name + "' needs description, unit, source and lastReviewed"));
		}
		if (parameter.values().isEmpty()) {
			problems.add(new RuleProblem(where, 0, "parameter '" + name + "' has no values"));
		}
		if (all.put(name, parameter) != null) {
			problems.add(new RuleProblem(where, 0, "parameter '" + name + "' is defined twice"));
		}
	}

	private static <T> Map<String, T> readMap(Path folder, String name, TypeReference<Map<String, T>> type,
			List<RuleProblem> problems) {
		Map<String, T> value = readValue(folder, name, type, problems);
		return (value != null) ? new LinkedHashMap<>(value) : new LinkedHashMap<>();
	}

	private static List<Question> readList(Path folder, String name, List<RuleProblem> problems) {
		List<Question> value = readValue(folder, name, new TypeReference<List<Question>>() {
		}, problems);
		return (value != null) ? value : List.of();
	}

	private static <T> T readValue(Path folder, String name, TypeReference<T> type, List<RuleProblem> problems) {
		Path file = folder.resolve(name);
		if (!Files.isRegularFile(file)) {
			problems.add(new RuleProblem(name, 0, "missing file"));
			return null;
		}
		try {
			return Json.yaml().readValue(file.toFile(), type);
		}
		catch (JsonProcessingException ex) {
			InputException error = JacksonErrors.toInputException(ex, name);
			String field = (error.location().field() != null) ? " (" + error.location().field() + ")" : "";
			problems.add(new RuleProblem(name, error.location().line(), error.problem() + field));
			return null;
		}
		catch (IOException ex) {
			problems.add(new RuleProblem(name, 0, "cannot read: " + ex.getMessage()));
			return null;
		}
	}

	private static List<Path> yamlFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			return new ArrayList<>();
		}
	}

}
