package com.evidenceassessor.rules;

import java.util.List;
import java.util.Map;

/**
 * An action a lawyer can take before the hearing, as data: what it changes in the item's
 * facts. Its gain is never guessed: the assessor applies {@code set} and {@code append}
 * to the item and assesses the case again.
 *
 * @param actionZh the action in Chinese
 * @param actionEn the action in English
 * @param effort low, medium or high
 * @param deadlineZh a legal deadline that applies, in Chinese, or {@code null}
 * @param deadlineEn the same in English
 * @param basis the provision that makes the action count
 * @param kinds the item kinds it applies to (wire names); empty for all
 * @param causes the causes of action it applies to (wire names); empty for all
 * @param requires facts that must hold for the action to still be possible: field path
 * (relative to the item) → allowed values, where {@code unknown} stands for a fact the
 * case file leaves open
 * @param set facts the action establishes: field path → value
 * @param append entries the action adds to list fields: field path → entry
 */
public record Remedy(String actionZh, String actionEn, Effort effort, String deadlineZh, String deadlineEn,
		String basis, List<String> kinds, List<String> causes, Map<String, List<Object>> requires,
		Map<String, Object> set, Map<String, Object> append) {

	public Remedy {
		kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
		causes = (causes != null) ? List.copyOf(causes) : List.of();
		requires = (requires != null) ? Map.copyOf(requires) : Map.of();
		set = (set != null) ? Map.copyOf(set) : Map.of();
		append = (append != null) ? Map.copyOf(append) : Map.of();
	}

	/** How much work an action is. */
	public enum Effort {

		LOW, MEDIUM, HIGH

	}

}
