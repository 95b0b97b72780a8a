package com.evidenceassessor.generate;

import java.nio.charset.Charset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defects written on purpose into some generated case files, the kinds lawyers' files
 * really have, so a batch over a generated archive shows how bad cases are set aside.
 */
public enum Corruption {

	/** An evidence kind misspelt. */
	UNKNOWN_KIND,
	/** No law date. */
	MISSING_LAW_DATE,
	/** A date that does not exist. */
	IMPOSSIBLE_DATE,
	/** An item offered for a fact the case does not list. */
	BROKEN_REFERENCE,
	/** A field name misspelt. */
	UNKNOWN_FIELD,
	/** Two items with the same id. */
	DUPLICATE_ID,
	/** A YAML syntax error. */
	YAML_SYNTAX,
	/** Saved in GBK instead of UTF-8. */
	NOT_UTF8,
	/** An empty file. */
	EMPTY;

	/** Spoils the case's tree (for the defects that live in the content). */
	void apply(ObjectNode tree) {
		ObjectNode first = (ObjectNode) tree.withArray("items").get(0);
		switch (this) {
			case UNKNOWN_KIND -> first.put("kind", "vioce");
			case MISSING_LAW_DATE -> tree.remove("lawDate");
			case IMPOSSIBLE_DATE -> tree.put("lawDate", "2025-02-30");
			case BROKEN_REFERENCE -> first.putArray("proves").add("loanAgreedd");
			case UNKNOWN_FIELD -> first.withObject("custody").put("notarised", true);
			case DUPLICATE_ID -> duplicateId(tree.withArray("items"));
			default -> {
			}
		}
	}

	/** Spoils the written file (for the defects that live in the bytes). */
	byte[] apply(String yaml) {
		return switch (this) {
			case YAML_SYNTAX -> (yaml + "items: [unclosed\n  - \"E9\n").getBytes(Charset.forName("UTF-8"));
			case NOT_UTF8 -> yaml.getBytes(Charset.forName("GBK"));
			case EMPTY -> new byte[0];
			default -> yaml.getBytes(Charset.forName("UTF-8"));
		};
	}

	private static void duplicateId(ArrayNode items) {
		if (items.size() > 1) {
			((ObjectNode) items.get(1)).put("id", items.get(0).get("id").asText());
		}
		else {
			items.addObject().put("id", items.get(0).get("id").asText()).put("kind", "text");
		}
	}

}
