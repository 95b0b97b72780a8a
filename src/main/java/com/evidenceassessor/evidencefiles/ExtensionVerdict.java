package com.evidenceassessor.evidencefiles;

/** Whether a file's name (its extension) agrees with what its bytes are. */
public enum ExtensionVerdict {

	/**
	 * The extension names the type the bytes have (or a more or less specific form of
	 * it).
	 */
	CONSISTENT,

	/**
	 * The extension names another type: a {@code .jpg} that is a PNG, an {@code .mp3}
	 * that is a video.
	 */
	MISMATCH,

	/**
	 * Nothing to compare: no or unknown extension, or content no signature identifies, or
	 * an empty file.
	 */
	NOT_JUDGED

}
