package com.evidenceassessor.evidencefiles;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a file's embedded metadata says, by family. Every value may be absent
 * ({@code null}): images sent through WeChat, for instance, usually lose their EXIF data.
 */
public sealed interface FileMetadata
		permits ImageMetadata, AudioMetadata, VideoMetadata, PdfMetadata, FileMetadata.None, FileMetadata.Unreadable {

	/**
	 * {@code image}, {@code audio}, {@code video}, {@code pdf}, {@code none} or
	 * {@code unreadable}.
	 */
	String kind();

	/**
	 * No metadata is read for this family of file (text, archives, other types, empty
	 * files).
	 */
	record None() implements FileMetadata {

		@Override
		@JsonProperty
		public String kind() {
			return "none";
		}

	}

	/**
	 * The file claims a type whose metadata we read, but reading it failed: the file is
	 * corrupt, truncated, or built to confuse readers.
	 *
	 * @param reason a short reason, never a stack trace
	 */
	record Unreadable(String reason) implements FileMetadata {

		@Override
		@JsonProperty
		public String kind() {
			return "unreadable";
		}

		static Unreadable of(Throwable failure) {
			String message = failure.getMessage();
			String text = failure.getClass().getSimpleName()
					+ ((message == null || message.isBlank()) ? "" : ": " + message.strip());
			text = text.replaceAll("\\s+", " ");
			return new Unreadable((text.length() > 200) ? text.substring(0, 197) + "..." : text);
		}

	}

}
