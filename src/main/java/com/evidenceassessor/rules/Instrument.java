package com.evidenceassessor.rules;

import java.time.LocalDate;

/**
 * A legal instrument (law, judicial interpretation, practice rule) that rules cite, with
 * the dates it was in force. Rules of an instrument fire only for cases whose law date
 * falls in that window.
 *
 * @param id the id rules cite it by, e.g. {@code spc-evidence-2019}
 * @param title the full title, e.g. 最高人民法院关于民事诉讼证据的若干规定
 * @param shortTitle the short title used in reasons, e.g. 证据规定（2019）
 * @param titleEn the title in English
 * @param shortTitleEn the short title in English, e.g. SPC Evidence Provisions (2019)
 * @param document the document number, e.g. 法释〔2019〕19号
 * @param inForce the first day it applies
 * @param until the last day it applies, {@code null} while in force
 * @param source where its text was taken from
 * @param verified whether the text was checked against an official source
 */
public record Instrument(String id, String title, String shortTitle, String titleEn, String shortTitleEn,
		String document, LocalDate inForce, LocalDate until, String source, Boolean verified) {

	/** The instrument applies on this date. */
	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(this.inForce) && (this.until == null || !date.isAfter(this.until));
	}

}
