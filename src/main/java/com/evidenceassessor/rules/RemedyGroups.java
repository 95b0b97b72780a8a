package com.evidenceassessor.rules;

import java.util.List;
import java.util.Map;

/**
 * What a name in a rule's {@code @remedies} stands for: a remedy of {@code remedies.yaml}
 * by its id, or every remedy of a group ({@code corroboration}, say) in the order of the
 * file.
 */
final class RemedyGroups {

	private RemedyGroups() {
	}

	/**
	 * The remedies a name stands for; empty when it names neither a remedy nor a group.
	 */
	static List<String> expand(String name, Map<String, Remedy> remedies) {
		if (remedies.containsKey(name)) {
			return List.of(name);
		}
		return remedies.entrySet()
			.stream()
			.filter(e -> name.equals(e.getValue().group()))
			.map(Map.Entry::getKey)
			.toList();
	}

}
