package com.evidenceassessor.batch;

import java.nio.file.Path;

/**
 * Opens a batch input archive the way {@code assessor batch} does (checked, unpacked
 * beside its final folder and renamed when whole), for tests outside the package.
 */
public final class BatchArchives {

	private BatchArchives() {
	}

	/** The folder of case folders the archive unpacks to, under {@code dataFolder}. */
	public static Path unpack(Path archive, Path dataFolder) {
		return BatchInput.resolve(archive, dataFolder, ZipLimits.DEFAULT).casesRoot();
	}

	/** The same with a lower bound on the archive's entries. */
	public static Path unpack(Path archive, Path dataFolder, int maxEntries) {
		ZipLimits limits = new ZipLimits(maxEntries, ZipLimits.DEFAULT.maxTotalBytes(), ZipLimits.DEFAULT.maxRatio());
		return BatchInput.resolve(archive, dataFolder, limits).casesRoot();
	}

}
