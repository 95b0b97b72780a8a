package com.evidenceassessor.evidencefiles;

import java.util.List;

/**
 * An item of a case inspected by {@code assessor inspect <case folder>}: its files and
 * the findings those files feed.
 *
 * @param itemId the item's id
 * @param kind the item's kind (case-file name)
 * @param title the item's title
 * @param paths the files it lists, relative to the case folder
 * @param findings the findings the files add to the item's assessment, and those they
 * take away
 */
public record ItemInspection(String itemId, String kind, String title, List<String> paths, List<FedFinding> findings) {

	public ItemInspection {
		paths = List.copyOf(paths);
		findings = List.copyOf(findings);
	}

	/**
	 * A finding that is in the item's assessment because of its files, or that the files
	 * remove.
	 *
	 * @param ruleId the rule's id
	 * @param effect the finding's effect (supports, undermines, rebuts, note...)
	 * @param points the signed points it carries
	 * @param citation the provision it cites
	 * @param text the reason in Chinese
	 * @param textEn the reason in English
	 * @param removed {@code true} if the files take this finding away (e.g. a declared
	 * hash match the file contradicts)
	 */
	public record FedFinding(String ruleId, String effect, int points, String citation, String text, String textEn,
			boolean removed) {

	}

}
