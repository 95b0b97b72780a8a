package com.evidenceassessor.evidencefiles;

import java.util.List;

import com.evidenceassessor.facts.ItemKind;

/**
 * The files one evidence item lists, inspected.
 *
 * @param itemId the item's id in the case file
 * @param kind the item's kind
 * @param files the facts of each file it lists
 */
public record ItemFiles(String itemId, ItemKind kind, List<EvidenceFileFacts> files) {

	public ItemFiles {
		files = List.copyOf(files);
	}

}
