package com.evidenceassessor.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Assesses a stored opinion's input again with the rules in service and compares the
 * result with what was stored. Refuses when the rules are not the ones the opinion was
 * made with: a different rule set may legitimately give a different opinion, and that is
 * not a reproduction.
 */
public final class Reproduction {

	private static final int MAX_DIFFERENCES = 20;

	private Reproduction() {
	}

	/**
	 * The outcome.
	 *
	 * @param matches the new opinion equals the stored one (program version aside)
	 * @param differences where they differ, as {@code path: stored → now}, at most 20
	 * @param storedProgramVersion the program version that made the stored opinion
	 * @param programVersion this program's version
	 * @param opinion the opinion made now
	 */
	public record Result(boolean matches, List<String> differences, String storedProgramVersion, String programVersion,
			Opinion opinion) {

	}

	/**
	 * Reproduces {@code stored} with {@code assessor}.
	 * @throws RulesMismatchException when the assessor's rules are not the stored ones
	 */
	public static Result reproduce(StoredOpinion stored, Assessor assessor) {
		String current = assessor.ruleSet().hash();
		if (!current.equals(stored.ruleSetHash())) {
			throw new RulesMismatchException(stored, current);
		}
		CaseFile input = StoredInput.read(stored.inputJson(), "stored input of opinion " + stored.opinionId());
		if (!input.inputHash().equals(stored.inputHash())) {
			throw new IllegalStateException("the stored input of opinion " + stored.opinionId()
					+ " no longer has its recorded hash " + stored.inputHash() + " (now " + input.inputHash() + ")");
		}
		Opinion now = assessor.assess(input, stored.mode().options());
		JsonNode before = withoutVersion(read(stored.opinionJson()));
		JsonNode after = withoutVersion(Json.json().valueToTree(now));
		List<String> differences = new ArrayList<>();
		compare("", before, after, differences);
		return new Result(differences.isEmpty(), differences, stored.programVersion(), now.stamp().programVersion(),
				now);
	}

	private static JsonNode read(String json) {
		try {
			return Json.json().readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("the stored opinion is not valid JSON", ex);
		}
	}

	private static JsonNode withoutVersion(JsonNode opinion) {
		JsonNode stamp = opinion.path("stamp");
		if (stamp instanceof ObjectNode object) {
			object.remove("programVersion");
		}
		return opinion;
	}

	private static void compare(String path, JsonNode before, JsonNode after, List<String> differences) {
		if (differences.size() >= MAX_DIFFERENCES || before.equals(after)) {
			return;
		}
		if (before.isObject() && after.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = before.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				compare(path + "." + field.getKey(), field.getValue(), after.path(field.getKey()), differences);
			}
			after.fieldNames().forEachRemaining(name -> {
				if (!before.has(name)) {
					differences.add(path + "." + name + ": (absent) → " + shorten(after.get(name)));
				}
			});
			return;
		}
		if (before.isArray() && after.isArray() && before.size() == after.size()) {
			for (int i = 0; i < before.size(); i++) {
				compare(path + "[" + i + "]", before.get(i), after.get(i), differences);
			}
			return;
		}
		differences.add((path.isEmpty() ? "." : path) + ": " + shorten(before) + " → " + shorten(after));
	}

	private static String shorten(JsonNode node) {
		String text = node.isMissingNode() ? "(absent)" : node.toString();
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

}
