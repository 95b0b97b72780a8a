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
 */
public record InspectionReport(String target, List<EvidenceFileFacts> files, List<CrossFileFinding> crossFile,
		List<SkippedPath> skipped, List<String> problems) {

	public InspectionReport {
		files = List.copyOf(files);
		crossFile = List.copyOf(crossFile);
		skipped = List.copyOf(skipped);
		problems = List.copyOf(problems);
	}

	boolean anyHashMismatch() {
		return this.files.stream().anyMatch((file) -> file.hashCheck() == HashCheck.MISMATCH);
	}

}
