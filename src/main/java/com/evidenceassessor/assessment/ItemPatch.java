package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
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

	/**
	 * The case file's JSON form, keeping numbers as written: the default tree strips
	 * trailing zeros (800 → 8E+2), which the case-file reader never does.
	 */
	private static final ObjectMapper TREE = Json.json()
		.copy()
		.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

	public ItemPatch {
		set = FrozenMap.of(set);
		append = FrozenMap.of(append);
	}

	public static ItemPatch set(String itemId, String field, Object value) {
		return new ItemPatch(itemId, Collections.singletonMap(field, value), Map.of());
	}

	/** The case with this change applied. */
	public LegalCase applyTo(LegalCase legalCase) {
		return applyAll(legalCase, List.of(this));
	}

	/**
	 * The case with every change applied, in order. Each changed item goes through the
	 * case file's own form (JSON) and back, so the result is the case the changed file
	 * describes.
	 */
	public static LegalCase applyAll(LegalCase legalCase, List<ItemPatch> patches) {
		for (ItemPatch patch : patches) {
			if (legalCase.items().stream().noneMatch(i -> i.id().equals(patch.itemId()))) {
				throw new IllegalArgumentException("no item '" + patch.itemId() + "' in the case");
			}
		}
		List<EvidenceItem> items = new ArrayList<>();
		for (EvidenceItem item : legalCase.items()) {
			items.add(applyToItem(item, patches));
		}
		return legalCase.withItems(items);
	}

	/**
	 * The item with the changes addressed to it applied, in order (changes to other items
	 * are ignored); the item itself when none is.
	 */
	public static EvidenceItem applyToItem(EvidenceItem item, List<ItemPatch> patches) {
		List<ItemPatch> own = patches.stream().filter(p -> p.itemId().equals(item.id())).toList();
		if (own.isEmpty()) {
			return item;
		}
		ObjectNode tree = TREE.valueToTree(item);
		own.forEach(patch -> patch.applyTo(tree));
		try {
			return TREE.treeToValue(tree, EvidenceItem.class);
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
		EvidenceItem item = legalCase.items()
			.stream()
			.filter(i -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no item '" + itemId + "' in the case"));
		return valueAt(Json.json().valueToTree(item), path);
	}

	/**
	 * The value at a field path of an item's case-file form ({@code valueToTree(item)});
	 * null when unknown.
	 */
	static JsonNode valueAt(JsonNode item, String path) {
		JsonNode node = item;
		for (String part : path.split("\\.")) {
			node = node.path(part);
		}
		return (node.isMissingNode() || node.isNull()) ? null : node;
	}

	private void applyTo(ObjectNode item) {
		this.set.forEach((path, value) -> parentOf(item, path).set(last(path), TREE.valueToTree(value)));
		this.append.forEach((path, value) -> {
			ObjectNode parent = parentOf(item, path);
			JsonNode list = parent.get(last(path));
			ArrayNode array = (list instanceof ArrayNode existing) ? existing : parent.putArray(last(path));
			array.add(TREE.<JsonNode>valueToTree(value));
		});
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
