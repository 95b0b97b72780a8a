package com.evidenceassessor.evidencefiles;

/**
 * The bounds every evidence-file inspection keeps, so that a hostile or broken file can
 * neither exhaust memory nor keep the program busy for long. Documented in
 * {@code docs/evidence-files.md}.
 *
 * @param maxFileBytes the largest file we hash and read (default 512 MiB); larger files
 * are refused with a located error
 * @param maxFolderFiles the most regular files {@code inspect} reads below one folder
 * (default 10,000); a larger folder is refused
 * @param maxFrameScanBytes how much of a voice file (SILK, AMR) is walked frame by frame
 * to measure its duration (default 64 MiB); past it the duration is left unknown
 */
public record EvidenceFileLimits(long maxFileBytes, int maxFolderFiles, long maxFrameScanBytes) {

	/** 512 MiB: a long screen recording fits; a disk image does not. */
	public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

	public static final int DEFAULT_MAX_FOLDER_FILES = 10_000;

	public static final long DEFAULT_MAX_FRAME_SCAN_BYTES = 64L * 1024 * 1024;

	public static final EvidenceFileLimits DEFAULT = new EvidenceFileLimits(DEFAULT_MAX_FILE_BYTES,
			DEFAULT_MAX_FOLDER_FILES, DEFAULT_MAX_FRAME_SCAN_BYTES);

	public EvidenceFileLimits {
		if (maxFileBytes <= 0 || maxFolderFiles <= 0 || maxFrameScanBytes <= 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

	public EvidenceFileLimits withMaxFileBytes(long bytes) {
		return new EvidenceFileLimits(bytes, this.maxFolderFiles, this.maxFrameScanBytes);
	}

	public EvidenceFileLimits withMaxFolderFiles(int files) {
		return new EvidenceFileLimits(this.maxFileBytes, files, this.maxFrameScanBytes);
	}

}
