package com.evidenceassessor.assessment;

import java.util.List;
import java.util.Map;

import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A change to one item of a case, written as the case file would write it: field paths
 * relative to the item ({@code custody.notarized}) set to values, entries appended to
 * lists. Applying it gives a new case; the original is untouched. What-if analyses,
 * remedies and the questions on unknown facts are all patches, so what the opinion
 * promises is exactly what the changed case file gives.
 *
 * @param itemId the item to change
 * @param set field path → value (a JSON/YAML value; enum constants by their wire names)
 * @param append list field path → entry to add
 */
public record ItemPatch(String itemId, Map<String, Object> set, Map<String, Object> append) {

	public ItemPatch {
		set = (set != null) ? Map.copyOf(set) : Map.of();
		append = (append != null) ? Map.copyOf(append) : Map.of();
	}

	public static ItemPatch set(String itemId, String field, Object value) {
		return new ItemPatch(itemId, java.util.Collections.singletonMap(field, value), Map.of());
	}

	/** The case with this change applied. */
	public LegalCase applyTo(LegalCase legalCase) {
		return applyAll(legalCase, List.of(this));
	}

	/** The case with every change applied, in order. */
	public static LegalCase applyAll(LegalCase legalCase, List<ItemPatch> patches) {
		ObjectNode tree = Json.json().valueToTree(legalCase);
		for (ItemPatch patch : patches) {
			patch.applyTo(item(tree, patch.itemId()));
		}
		try {
			return Json.json().treeToValue(tree, LegalCase.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("the change does not fit the case file: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * The value at a field path of an item, as the case file would write it; null when
	 * unknown.
	 */
	public static JsonNode valueAt(LegalCase legalCase, String itemId, String path) {
		JsonNode node = item(Json.json().valueToTree(legalCase), itemId);
		for (String part : path.split("\\.")) {
			node = node.path(part);
		}
		return (node.isMissingNode() || node.isNull()) ? null : node;
	}

	private void applyTo(ObjectNode item) {
		this.set.forEach((path, value) -> parentOf(item, path).set(last(path), Json.json().valueToTree(value)));
		this.append.forEach((path, value) -> {
			ObjectNode parent = parentOf(item, path);
			JsonNode list = parent.get(last(path));
			ArrayNode array = (list instanceof ArrayNode existing) ? existing : parent.putArray(last(path));
			array.add(Json.json().<JsonNode>valueToTree(value));
		});
	}

	private static ObjectNode item(ObjectNode tree, String itemId) {
		for (JsonNode item : tree.withArray("items")) {
			if (itemId.equals(item.path("id").asText())) {
				return (ObjectNode) item;
			}
		}
		throw new IllegalArgumentException("no item '" + itemId + "' in the case");
	}

	private static ObjectNode parentOf(ObjectNode item, String path) {
		String[] parts = path.split("\\.");
		ObjectNode node = item;
		for (int i = 0; i < parts.length - 1; i++) {
			JsonNode child = node.get(parts[i]);
			node = (child instanceof ObjectNode object) ? object : node.putObject(parts[i]);
		}
		return node;
	}

	private static String last(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
