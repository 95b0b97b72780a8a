package com.evidenceassessor.evidencefiles;

import java.util.List;

/**
 * A problem seen only by looking at a file together with its item or with other items.
 *
 * @param type what was found
 * @param itemIds the items concerned (two or more for
 * {@link Type#SAME_FILE_IN_TWO_ITEMS})
 * @param paths the files concerned, relative to the case folder
 * @param sha256 the hash of the file concerned
 * @param text the finding in words
 */
public record CrossFileFinding(Type type, List<String> itemIds, List<String> paths, String sha256, String text) {

	/** The cross-file problems looked for. */
	public enum Type {

		/**
		 * The same bytes (same SHA-256) are claimed as the record of two different items.
		 */
		SAME_FILE_IN_TWO_ITEMS,

		/**
		 * The file's true content does not fit the item's kind (a "voice" item with a
		 * video).
		 */
		KIND_TYPE_MISMATCH

	}

	public CrossFileFinding {
		itemIds = List.copyOf(itemIds);
		paths = List.copyOf(paths);
	}

}
