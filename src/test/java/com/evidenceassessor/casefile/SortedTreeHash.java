package com.evidenceassessor.casefile;

import java.io.IOException;

import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The canonical form worked out the slow, obvious way, as the reference the one-pass
 * {@link CanonicalHash} is held to: the value becomes a tree, the tree plain maps and
 * lists, and the maps are written sorted by key.
 */
final class SortedTreeHash {

	private static final ObjectMapper BY_TREE = Json.json()
		.copy()
		.disable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	private SortedTreeHash() {
	}

	static String of(Object value) throws IOException {
		Object sorted = BY_TREE.treeToValue(BY_TREE.valueToTree(value), Object.class);
		return CanonicalHash.sha256(BY_TREE.writeValueAsBytes(sorted));
	}

}
