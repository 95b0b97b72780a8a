package com.evidenceassessor.evidencefiles;

import java.util.List;

import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.SubmissionForm;

/**
 * The files one evidence item lists, inspected.
 *
 * @param itemId the item's id in the case file
 * @param kind the item's kind
 * @param form the form it is filed in ({@code custody.form}), or {@code null} when the
 * case file does not say
 * @param files the facts of each file it lists
 */
public record ItemFiles(String itemId, ItemKind kind, SubmissionForm form, List<EvidenceFileFacts> files) {

	public ItemFiles {
		files = List.copyOf(files);
	}

	/** The files of an item whose form the case file does not give. */
	public ItemFiles(String itemId, ItemKind kind, List<EvidenceFileFacts> files) {
		this(itemId, kind, null, files);
	}

}
