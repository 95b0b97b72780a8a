package com.evidenceassessor.evidencefiles;

import java.util.EnumSet;
import java.util.Set;

import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.SubmissionForm;

/**
 * Which families of file content can stand for an item of each kind. Image, voice and
 * video items need that content; records of a message (text, transfer, red packet, link,
 * Moments post, bill) are screenshots, PDFs, screen recordings or exports, so anything
 * but audio fits them; a file item may be anything. An item filed as a printout (an image
 * printed, then scanned) or as a third party's document (a notarial or platform
 * certificate, a forensic report) may be a PDF, whatever its kind.
 */
final class KindFit {

	private static final Set<MediaFamily> NOT_AUDIO = EnumSet.complementOf(EnumSet.of(MediaFamily.AUDIO));

	private KindFit() {
	}

	/**
	 * Whether content of this family can be the record of an item of this kind; an empty
	 * file is judged apart.
	 */
	static boolean fits(ItemKind kind, SubmissionForm form, MediaFamily family) {
		if (family == MediaFamily.EMPTY || kind == null) {
			return true;
		}
		if (family == MediaFamily.PDF && form != null
				&& (form == SubmissionForm.PRINTOUT || form.issuedByThirdParty())) {
			return true;
		}
		return switch (kind) {
			case IMAGE -> family == MediaFamily.IMAGE;
			case VOICE -> family == MediaFamily.AUDIO;
			case VIDEO -> family == MediaFamily.VIDEO;
			case FILE -> true;
			case BILL -> NOT_AUDIO.contains(family) && family != MediaFamily.VIDEO;
			default -> NOT_AUDIO.contains(family);
		};
	}

}
