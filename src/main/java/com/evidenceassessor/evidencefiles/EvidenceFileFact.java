package com.evidenceassessor.evidencefiles;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What one file listed by an evidence item shows, as the rules see it: flat, immutable,
 * and {@code null} where a value does not apply or could not be read (never {@code false}
 * for "unknown"). One fact per (item, file); rules join it to its item by {@code itemId}:
 * {@code EvidenceFileFact( itemId == $i.id, hashCheck == HashCheck.MISMATCH )}.
 * Documented in {@code docs/evidence-files.md}.
 *
 * @param itemId the id of the item that lists the file
 * @param path the file, relative to the case folder
 * @param sha256 the file's SHA-256
 * @param hashCheck how it compares with the hash recorded for it (match, mismatch,
 * notRecorded)
 * @param family the family of its true content (image, audio, video, pdf, text, archive,
 * other, empty)
 * @param contentType the media type its bytes show
 * @param fitsKind whether that content can be the record of an item of the item's kind
 * @param extensionMismatch the name says one type, the content another
 * @param emptyFile the file has no bytes
 * @param metadataUnreadable the metadata of a type we read could not be read (corrupt,
 * truncated or hostile file)
 * @param editorTrace (images) an image editor's trace was found in the metadata;
 * {@code null} for other files
 * @param editingSoftware (images) the traces found, as text, e.g.
 * {@code Adobe Photoshop 25.0 (EXIF Software)}
 * @param fileTime when the file says it was made, in UTC+8: an image's EXIF capture time
 * (taken as UTC+8 when no offset is recorded), a video's movie-header creation time, a
 * PDF's CreationDate
 * @param fileTimeSource where {@code fileTime} comes from
 * @param minutesAfterMessage {@code fileTime} minus the item's claimed message time, in
 * minutes (negative: the file was made before the message); {@code null} if either is
 * unknown
 * @param weChatVoiceFormat (audio) {@code true} for SILK or AMR, WeChat's own voice
 * record; {@code false} for a converted copy (MP3, M4A, WAV...); {@code null} for other
 * files
 * @param pdfChangedAfterIssue (PDF) revisions were appended after the first save, the
 * ModDate is after the CreationDate, or a revision follows the last signature;
 * {@code null} for other files
 * @param pdfSignatures (PDF) signature fields present
 * @param activeContent (PDF) JavaScript or automatic actions
 * @param sameFileAlsoIn the ids of other items that list a file with the same bytes
 */
public record EvidenceFileFact(String itemId, String path, String sha256, HashCheck hashCheck, MediaFamily family,
		String contentType, Boolean fitsKind, Boolean extensionMismatch, Boolean emptyFile, Boolean metadataUnreadable,
		Boolean editorTrace, String editingSoftware, LocalDateTime fileTime, String fileTimeSource,
		Long minutesAfterMessage, Boolean weChatVoiceFormat, Boolean pdfChangedAfterIssue, Integer pdfSignatures,
		Boolean activeContent, List<String> sameFileAlsoIn) {

	public EvidenceFileFact {
		itemId = (itemId != null) ? itemId : "E1";
		hashCheck = (hashCheck != null) ? hashCheck : HashCheck.NOT_RECORDED;
		sameFileAlsoIn = (sameFileAlsoIn != null) ? List.copyOf(sameFileAlsoIn) : List.of();
	}

	/** Another item lists a file with the same bytes. */
	public boolean sharedWithOtherItem() {
		return !this.sameFileAlsoIn.isEmpty();
	}

}
