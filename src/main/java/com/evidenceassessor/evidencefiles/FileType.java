package com.evidenceassessor.evidencefiles;

/**
 * What a file is, by content and by name.
 *
 * @param contentType the media type its bytes show (Tika magic detection), e.g.
 * {@code image/png}; {@code application/octet-stream} when no signature matched
 * @param extensionType the media type its extension implies, {@code null} when the name
 * has no known extension
 * @param extension the verdict of comparing the two
 * @param family the broad family of the content
 */
public record FileType(String contentType, String extensionType, ExtensionVerdict extension, MediaFamily family) {

	public boolean extensionMismatch() {
		return this.extension == ExtensionVerdict.MISMATCH;
	}

	FileType withFamily(MediaFamily newFamily) {
		return new FileType(this.contentType, this.extensionType, this.extension, newFamily);
	}

}
