package com.evidenceassessor.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.Location;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * The input of an assessment in the form the store keeps: canonical JSON (sorted keys, no
 * indentation) of the case and of the facts derived from its files, each derived fact
 * with its type so it can be read back. Reading it back gives a case file with the same
 * input hash.
 */
public final class StoredInput {

	private static final ObjectMapper CANONICAL = Json.json()
		.copy()
		.disable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);

	/**
	 * Derived facts are our own serialised values: their records may expose computed
	 * properties that are written but are not components, so they are read leniently; the
	 * input hash, checked on reproduction, proves the round trip exact.
	 */
	private static final ObjectMapper FACTS = Json.json()
		.copy()
		.disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

	/**
	 * Reads the stored JSON into a tree keeping amounts exactly as written
	 * ({@code 30000.00} stays {@code 30000.00}, not {@code 3E+4}), so the case reads back
	 * to the same hash.
	 */
	private static final ObjectMapper TREE = Json.json()
		.copy()
		.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

	/** Derived facts are read back only as types of this program. */
	private static final String OWN_TYPES = "com.evidenceassessor.";

	private StoredInput() {
	}

	public static String write(CaseFile caseFile) {
		List<Map<String, Object>> facts = new ArrayList<>();
		for (Object fact : caseFile.derivedFacts()) {
			facts.add(Map.of("type", fact.getClass().getName(), "value", fact));
		}
		try {
			return CANONICAL.writeValueAsString(Map.of("case", caseFile.legalCase(), "derivedFacts", facts));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write the stored input", ex);
		}
	}

	/**
	 * The case file an input was stored from, checked like any case file; {@code source}
	 * names it in messages.
	 */
	public static CaseFile read(String inputJson, String source) {
		try {
			JsonNode root = TREE.readTree(inputJson);
			byte[] caseJson = TREE.writeValueAsBytes(root.get("case"));
			CaseFile caseFile = CaseFileReader.parse(caseJson, source, true, null);
			List<Object> facts = new ArrayList<>();
			for (JsonNode fact : root.path("derivedFacts")) {
				facts.add(FACTS.treeToValue(fact.get("value"), ownType(fact.path("type").asText(), source)));
			}
			return facts.isEmpty() ? caseFile : caseFile.withDerivedFacts(facts);
		}
		catch (JsonProcessingException ex) {
			throw new InputException(Location.file(source),
					"the stored input is not readable: " + ex.getOriginalMessage());
		}
	}

	private static Class<?> ownType(String name, String source) {
		if (!name.startsWith(OWN_TYPES)) {
			throw new InputException(Location.file(source), "the stored input names a foreign type '" + name + "'");
		}
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new InputException(Location.file(source),
					"the stored input holds a fact of type '" + name + "', which this program version does not know");
		}
	}

}
