package com.evidenceassessor.evidencefiles;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

/**
 * Embedded facts of a PDF (a notarial or preservation certificate, a bill proof...).
 *
 * @param producer the Info dictionary's Producer
 * @param creator the Info dictionary's Creator
 * @param created the Info CreationDate
 * @param modified the Info ModDate
 * @param pages the number of pages, {@code null} when the document could not be opened
 * @param eofMarkers the {@code %%EOF} markers in the raw bytes (one per saved revision)
 * @param linearized whether the file is linearized ("fast web view"), which adds one
 * marker without being a change
 * @param incrementalUpdates revisions appended after the first save
 * @param signatures the signature fields with a value
 * @param changedAfterSignature a revision was appended after the last signed one
 * @param encrypted the document is encrypted
 * @param activeContent JavaScript, an OpenAction or additional actions; noted, never run
 */
public record PdfMetadata(String producer, String creator, OffsetDateTime created, OffsetDateTime modified,
		Integer pages, int eofMarkers, boolean linearized, int incrementalUpdates, int signatures,
		boolean changedAfterSignature, boolean encrypted, boolean activeContent) implements FileMetadata {

	@JsonProperty
	@Override
	public String kind() {
		return "pdf";
	}

	/** ModDate is more than a minute after CreationDate. */
	@JsonProperty
	public boolean modifiedDateAfterCreation() {
		return this.created != null && this.modified != null
				&& this.modified.toInstant().isAfter(this.created.toInstant().plusSeconds(60));
	}

	/** The file was changed after it was first saved (appended revisions). */
	@JsonProperty
	public boolean changedAfterCreation() {
		return this.incrementalUpdates > 0;
	}

}
