package com.evidenceassessor.facts;

/**
 * Images (practice checklist, cautions by kind (1); legal notes R21).
 *
 * @param notarizedWithRecord the image was notarised together with the surrounding
 * record, not alone
 * @param depictsPaperDocument the image shows a paper document (an IOU, a contract)
 * @param paperOriginalAvailable the paper document itself can be produced
 * @param paperSignedByOpponent the paper document bears the opponent's signature, seal or
 * fingerprint (证据规定第九十二条第二款: a private document signed by its maker is presumed
 * authentic)
 * @param depictsEvent the image is a photo of an event, people or a place (an engagement
 * banquet): it proves by what it shows, not by whose account sent it
 */
public record ImageDetails(Boolean notarizedWithRecord, Boolean depictsPaperDocument, Boolean paperOriginalAvailable,
		Boolean paperSignedByOpponent, Boolean depictsEvent) {

	static final ImageDetails UNKNOWN = new ImageDetails(null, null, null, null, null);

}
