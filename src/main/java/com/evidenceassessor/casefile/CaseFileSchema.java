package com.evidenceassessor.casefile;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.WireNames;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of the case file, derived from the fact records themselves so it can
 * never drift from what the reader accepts: every field, its type, the allowed values of
 * each choice, no unknown fields. Editors (VS Code's YAML extension, IntelliJ) use it for
 * completion and checking; docs/case-file.md explains each field.
 */
public final class CaseFileSchema {

	private static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

	private static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$";

	private CaseFileSchema() {
	}

	public static ObjectNode generate() {
		ObjectNode schema = object(LegalCase.class);
		ObjectNode root = Json.json().createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.put("$id", "https://evidence-assessor.example/case-file.schema.json");
		root.put("title", "Evidence Assessor case file");
		root.put("description", "A case and its WeChat evidence items; see docs/case-file.md. "
				+ "A field left out is unknown, never false.");
		root.setAll(schema);
		root.putArray("required").add("id").add("lawDate").add("items");
		ObjectNode item = (ObjectNode) root.path("properties").path("items").path("items");
		item.putArray("required").add("id").add("kind");
		return root;
	}

	private static ObjectNode object(Class<?> record) {
		ObjectNode node = Json.json().createObjectNode();
		node.put("type", "object");
		node.put("additionalProperties", false);
		ObjectNode properties = node.putObject("properties");
		for (RecordComponent component : record.getRecordComponents()) {
			properties.set(component.getName(), type(component.getGenericType()));
		}
		return node;
	}

	@SuppressWarnings("unchecked")
	private static ObjectNode type(Type type) {
		ObjectNode node = Json.json().createObjectNode();
		if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
			node.put("type", "array");
			node.set("items", type(list.getActualTypeArguments()[0]));
			return node;
		}
		Class<?> raw = (Class<?>) type;
		if (raw == String.class) {
			node.putArray("type").add("string").add("null");
		}
		else if (raw == Boolean.class) {
			node.putArray("type").add("boolean").add("null");
		}
		else if (raw == BigDecimal.class) {
			node.putArray("type").add("number").add("null");
		}
		else if (raw == LocalDate.class) {
			node.putArray("type").add("string").add("null");
			node.put("pattern", DATE);
		}
		else if (raw == LocalDateTime.class) {
			node.putArray("type").add("string").add("null");
			node.put("pattern", DATE_TIME);
		}
		else if (raw.isEnum()) {
			ArrayNode values = node.putArray("enum");
			WireNames.all((Class<? extends Enum<?>>) raw).forEach(values::add);
			values.addNull();
		}
		else if (raw.isRecord()) {
			return object(raw);
		}
		else {
			throw new IllegalStateException("no schema for " + raw);
		}
		return node;
	}

}
