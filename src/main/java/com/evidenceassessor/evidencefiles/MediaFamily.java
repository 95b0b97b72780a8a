package com.evidenceassessor.evidencefiles;

import java.util.Set;

/** The broad kind of content a file holds, decided by its bytes, never its name. */
public enum MediaFamily {

	IMAGE, AUDIO, VIDEO, PDF, TEXT, ARCHIVE, OTHER,

	/** The file has no bytes at all. */
	EMPTY;

	private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-7z-compressed",
			"application/x-rar-compressed", "application/vnd.rar", "application/gzip", "application/x-gzip",
			"application/x-tar", "application/x-bzip2", "application/x-xz");

	/** The family of a (normalised) media type such as {@code image/png}. */
	static MediaFamily of(String mediaType) {
		if (mediaType.equals("application/pdf")) {
			return PDF;
		}
		if (ARCHIVES.contains(mediaType)) {
			return ARCHIVE;
		}
		String top = mediaType.substring(0, Math.max(0, mediaType.indexOf('/')));
		return switch (top) {
			case "image" -> IMAGE;
			case "audio" -> AUDIO;
			case "video" -> VIDEO;
			case "text" -> TEXT;
			default -> OTHER;
		};
	}

}
