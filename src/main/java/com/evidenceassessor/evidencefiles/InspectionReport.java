package com.evidenceassessor.evidencefiles;

import java.util.List;

/**
 * What {@code assessor inspect} found under one target.
 *
 * @param target the file or folder as the user named it
 * @param files the facts of each inspected file
 * @param crossFile findings across files and items (when the items are known)
 * @param skipped paths not inspected (links, special files) and why
 * @param problems files that could not be inspected, each a located message
 * @param items for a case folder, each item with its files and the findings they feed;
 * empty otherwise
 * @param rulesNote why findings are not shown (the rules could not be loaded), or
 * {@code null}
 */
public record InspectionReport(String target, List<EvidenceFileFacts> files, List<CrossFileFinding> crossFile,
		List<SkippedPath> skipped, List<String> problems, List<ItemInspection> items, String rulesNote) {

	public InspectionReport {
		files = List.copyOf(files);
		crossFile = List.copyOf(crossFile);
		skipped = List.copyOf(skipped);
		problems = List.copyOf(problems);
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	InspectionReport(String target, List<EvidenceFileFacts> files, List<CrossFileFinding> crossFile,
			List<SkippedPath> skipped, List<String> problems) {
		this(target, files, crossFile, skipped, problems, List.of(), null);
	}

	boolean anyHashMismatch() {
		return this.files.stream().anyMatch((file) -> file.hashCheck() == HashCheck.MISMATCH);
	}

}
