package com.evidenceassessor.evidencefiles;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Embedded facts of an audio file.
 *
 * @param format the format told from the content
 * @param container a readable name of the container or codec, e.g. {@code SILK v3}
 * @param durationSeconds the playing time, {@code null} when it cannot be read
 * @param encoder the program that wrote the file, when the file names it
 */
public record AudioMetadata(AudioFormat format, String container, Double durationSeconds,
		String encoder) implements FileMetadata {

	@JsonProperty
	@Override
	public String kind() {
		return "audio";
	}

	/** SILK or AMR: the format WeChat itself keeps a voice message in. */
	@JsonProperty
	public boolean weChatOriginalFormat() {
		return this.format.weChatOriginal();
	}

	/** A common format (MP3, M4A, WAV...) a voice message only has after conversion. */
	@JsonProperty
	public boolean reencodedCopy() {
		return !this.format.weChatOriginal();
	}

}
