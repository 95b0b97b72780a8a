package com.evidenceassessor.evidencefiles;

/**
 * One thing worth telling about a file, in words, for the {@code inspect} command and the
 * assessment's evidence notes.
 *
 * @param code a stable code, e.g. {@code EDITING_SOFTWARE}
 * @param weight whether it supports, casts doubt on, or only describes the file
 * @param text the observation in English, with the values that ground it
 */
public record Observation(Code code, Weight weight, String text) {

	/** How an observation bears on authenticity. */
	public enum Weight {

		SUPPORTS, DOUBT, INFO

	}

	/** The observations the inspector makes. */
	public enum Code {

		HASH_MATCH, HASH_MISMATCH, EMPTY_FILE, EXTENSION_MISMATCH, CONTENT_UNRECOGNISED, METADATA_UNREADABLE,
		EDITING_SOFTWARE, MODIFIED_AFTER_CAPTURE, NO_CAPTURE_METADATA, PHONE_SCREENSHOT_SHAPE, WECHAT_VOICE_ORIGINAL,
		AUDIO_REENCODED, VIDEO_CREATION_TIME, PDF_INCREMENTAL_UPDATES, PDF_MODIFIED_AFTER_CREATION, PDF_SIGNED,
		PDF_CHANGED_AFTER_SIGNATURE, PDF_ENCRYPTED, PDF_ACTIVE_CONTENT

	}

	static Observation supports(Code code, String text) {
		return new Observation(code, Weight.SUPPORTS, text);
	}

	static Observation doubt(Code code, String text) {
		return new Observation(code, Weight.DOUBT, text);
	}

	static Observation info(Code code, String text) {
		return new Observation(code, Weight.INFO, text);
	}

}
