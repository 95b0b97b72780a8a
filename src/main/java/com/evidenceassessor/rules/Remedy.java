package com.evidenceassessor.rules;

import java.time.LocalDate;
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
 * @param dueDaysBefore how many days before the end of the time limit for evidence the
 * deadline falls (0 when it runs to the end)
 * @param earlier what the deadline and basis read as for a case heard under earlier law
 * @param group the family of actions it belongs to ({@code corroboration}, say), which a
 * rule may name in {@code @remedies} for all of its members; {@code null} for none
 */
public record Remedy(String actionZh, String actionEn, Effort effort, String deadlineZh, String deadlineEn,
		String basis, List<String> kinds, List<String> causes, Map<String, List<Object>> requires,
		Map<String, Object> set, Map<String, Object> append, Integer dueDaysBefore, List<EarlierLaw> earlier,
		String group) {

	public Remedy {
		kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
		causes = (causes != null) ? List.copyOf(causes) : List.of();
		requires = (requires != null) ? Map.copyOf(requires) : Map.of();
		set = (set != null) ? Map.copyOf(set) : Map.of();
		append = (append != null) ? Map.copyOf(append) : Map.of();
		dueDaysBefore = (dueDaysBefore != null) ? dueDaysBefore : 0;
		earlier = (earlier != null) ? List.copyOf(earlier) : List.of();
	}

	/**
	 * The action as cited for a case whose law date is {@code lawDate}: the texts of the
	 * {@code earlier} entry for the earliest period the date falls in (a field the entry
	 * leaves out reads as written), or the remedy as written when none applies.
	 */
	public Remedy on(LocalDate lawDate) {
		EarlierLaw applies = EarlierTexts.entryFor(this.earlier, EarlierLaw::before, lawDate);
		if (applies == null) {
			return this;
		}
		return new Remedy(this.actionZh, this.actionEn, this.effort,
				EarlierTexts.or(applies.deadlineZh(), this.deadlineZh),
				EarlierTexts.or(applies.deadlineEn(), this.deadlineEn), EarlierTexts.or(applies.basis(), this.basis),
				this.kinds, this.causes, this.requires, this.set, this.append, applies.dueDaysBefore(), List.of(),
				this.group);
	}

	/**
	 * How a remedy's deadline and basis read for a case heard before a date (the law then
	 * in force), e.g. 证据规定（2001） before 2020-05-01.
	 *
	 * @param before the first day the remedy's texts as written apply
	 * @param deadlineZh the deadline then, in Chinese ({@code null}: as written)
	 * @param deadlineEn the same in English
	 * @param basis the provisions then ({@code null}: as written)
	 * @param dueDaysBefore how many days before the end of the time limit for evidence
	 * the deadline then fell (absent: at its end)
	 */
	public record EarlierLaw(LocalDate before, String deadlineZh, String deadlineEn, String basis,
			Integer dueDaysBefore) {

	}

	/** How much work an action is. */
	public enum Effort {

		LOW, MEDIUM, HIGH

	}

}
