package com.evidenceassessor.batch;

/**
 * Bounds on what unpacking an archive may produce, against zip bombs and runaway
 * archives.
 *
 * @param maxEntries the most entries (files and folders)
 * @param maxTotalBytes the most bytes all files together may unpack to
 * @param maxRatio the highest unpacked/packed ratio of a file above
 * {@link #RATIO_FLOOR_BYTES} (text compresses 5–20×; a bomb, thousands)
 */
record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio) {

	/** Files smaller than this are not held to the ratio: tiny files compress oddly. */
	static final long RATIO_FLOOR_BYTES = 1024 * 1024;

	/**
	 * 500,000 entries, 16 GiB, ratio 200: room for tens of thousands of cases with their
	 * evidence files.
	 */
	static final ZipLimits DEFAULT = new ZipLimits(500_000, 16L * 1024 * 1024 * 1024, 200);

}
