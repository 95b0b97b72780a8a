package com.evidenceassessor.casefile;

import java.util.List;

import com.evidenceassessor.facts.EvidenceItem;

/**
 * Reads facts from the files in a case folder (bills, evidence files) for the rules to
 * see beside the case. Each source is listed in {@link CaseFileReader#SOURCES}; a bad
 * file is a located {@link com.evidenceassessor.support.InputException}.
 */
public interface DerivedFactSource {

	/**
	 * The facts derived from the case's files; an empty list when the case has none of
	 * them.
	 */
	List<Object> derive(CaseFile caseFile);

	/**
	 * The facts, and the evidence items the files stand for that the case file does not
	 * list (a bill found in {@code bills/} is an item of its own). By default: the facts
	 * of {@link #derive(CaseFile)} and no items.
	 */
	default Derived deriveWithItems(CaseFile caseFile) {
		return new Derived(derive(caseFile), List.of());
	}

	/**
	 * What a source read from a case folder.
	 *
	 * @param facts facts inserted beside the case
	 * @param items items added to the case
	 */
	record Derived(List<Object> facts, List<EvidenceItem> items) {

		public Derived {
			facts = List.copyOf(facts);
			items = List.copyOf(items);
		}

	}

}
