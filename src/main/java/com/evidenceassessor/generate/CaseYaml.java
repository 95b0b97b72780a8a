package com.evidenceassessor.generate;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a case as the {@code case.yaml} a lawyer would: only the facts known (unknowns
 * left out), wire names for enums, dates quoted.
 */
final class CaseYaml {

	private static final YAMLMapper YAML = YAMLMapper
		.builder(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build())
		// amounts as a lawyer writes them: 229500, never 2.295E+5
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private CaseYaml() {
	}

	static byte[] write(LegalCase legalCase, String header, Corruption corruption) {
		ObjectNode tree = Json.json().valueToTree(legalCase);
		prune(tree);
		if (corruption != null) {
			corruption.apply(tree);
		}
		String yaml;
		try {
			yaml = header + YAML.writeValueAsString(tree);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		return (corruption != null) ? corruption.apply(yaml) : yaml.getBytes(StandardCharsets.UTF_8);
	}

	/** Removes nulls and empty objects and arrays, depth first. */
	private static boolean prune(JsonNode node) {
		if (node.isContainerNode()) {
			if (node.isObject()) {
				Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
				while (fields.hasNext()) {
					if (prune(fields.next().getValue())) {
						fields.remove();
					}
				}
			}
			else {
				Iterator<JsonNode> elements = node.elements();
				while (elements.hasNext()) {
					if (prune(elements.next())) {
						elements.remove();
					}
				}
			}
			return node.isEmpty();
		}
		return node.isNull();
	}

}
