package com.evidenceassessor.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param document the document number of the text quoted, e.g. 法释〔2019〕19号
 * @param inForce the first day it applies
 * @param until the last day it applies, {@code null} while in force
 * @param source where its text was taken from
 * @param verified whether the text was checked against an official source
 * @param versions the amended versions of the instrument, each with the document that
 * made it and the day it came into force; empty when it was never amended within its
 * window
 * @param topicsEn the English of the topics its rules cite in brackets instead of an
 * article (practice guidance: 身份认定：微信号不可更改 → identity: the WeChat ID cannot be changed)
 * @param earlierCitations what its rules' citations of another instrument read as for a
 * case heard before a date: practice guidance written on the 2019 Evidence Provisions
 * cites their 2001 counterparts for a case heard before 2020-05-01
 * @param practice it is practice (court rules, published decisions, practitioners'
 * guidance), not a law or judicial interpretation: an opinion names it apart
 */
public record Instrument(String id, String title, String shortTitle, String titleEn, String shortTitleEn,
		String document, LocalDate inForce, LocalDate until, String source, Boolean verified, List<Version> versions,
		Map<String, String> topicsEn, List<EarlierCitations> earlierCitations, Boolean practice) {

	public Instrument {
		versions = (versions != null) ? versions.stream().sorted(Comparator.comparing(Version::inForce)).toList()
				: List.of();
		topicsEn = (topicsEn != null) ? Map.copyOf(topicsEn) : Map.of();
		earlierCitations = (earlierCitations != null) ? List.copyOf(earlierCitations) : List.of();
		practice = Boolean.TRUE.equals(practice);
	}

	/**
	 * A rule's article as cited for a case heard on a date: each reference to a text that
	 * came later replaced by what the case's law had then; a substantive provision
	 * ({@code factDate}) by what the law had on the day of the facts it judges.
	 */
	String articleOn(String article, LocalDate lawDate, LocalDate factDate) {
		String cited = article;
		for (EarlierCitations earlier : this.earlierCitations) {
			LocalDate day = (earlier.factDate() && factDate != null) ? factDate : lawDate;
			if (day.isBefore(earlier.before())) {
				for (Map.Entry<String, String> replace : earlier.replace().entrySet()) {
					cited = cited.replace(replace.getKey(), replace.getValue());
				}
			}
		}
		return cited;
	}

	/**
	 * Citations that read otherwise for a case heard before a date.
	 *
	 * @param before the first day the citations as written apply
	 * @param replace each citation as written → what it reads as before that day
	 * @param factDate the citations are of substantive law, which judges facts by the law
	 * of their own day (民法典时间效力规定第一条): they read otherwise for facts before that day,
	 * whenever the case is heard
	 */
	public record EarlierCitations(LocalDate before, Map<String, String> replace, Boolean factDate) {

		public EarlierCitations {
			replace = (replace != null) ? new LinkedHashMap<>(replace) : Map.of();
			factDate = Boolean.TRUE.equals(factDate);
		}

	}

	/**
	 * A rule's article with each bracketed topic that has an English form in English:
	 * （身份认定）；证据规定第八十七条 → (identity)；证据规定第八十七条. The articles themselves are left to
	 * {@link CitationEn}.
	 */
	String topicsInEnglish(String article) {
		String english = article;
		for (Map.Entry<String, String> topic : this.topicsEn.entrySet()) {
			english = english.replace("（" + topic.getKey() + "）", "(" + topic.getValue() + ")");
		}
		return english;
	}

	/** The instrument applies on this date. */
	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(this.inForce) && (this.until == null || !date.isAfter(this.until));
	}

	/**
	 * The document number of the version in force on a date: a case heard in 2018 applied
	 * the 2015 text, not a later amendment.
	 */
	public String documentOn(LocalDate date) {
		Version version = versionOn(date);
		return (version != null) ? version.document() : this.document;
	}

	/** The day the version in force on a date came into force. */
	public LocalDate versionInForceOn(LocalDate date) {
		Version version = versionOn(date);
		return (version != null) ? version.inForce() : this.inForce;
	}

	/**
	 * The last day of the version in force on a date: the day before the next version
	 * came into force, else the instrument's last day ({@code null} while in force).
	 */
	public LocalDate versionUntilOn(LocalDate date) {
		for (Version version : this.versions) {
			if (version.inForce().isAfter(date)) {
				return version.inForce().minusDays(1);
			}
		}
		return this.until;
	}

	/** The latest version in force on a date, or {@code null} when none is listed. */
	private Version versionOn(LocalDate date) {
		Version applied = null;
		for (Version version : this.versions) {
			if (!version.inForce().isAfter(date)) {
				applied = version;
			}
		}
		return applied;
	}

	/**
	 * One version of an amended instrument.
	 *
	 * @param document the document that enacted or amended it, e.g. 法释〔2015〕5号
	 * @param inForce the day that version came into force
	 * @param note what changed, or where the text of that version was taken from
	 */
	public record Version(String document, LocalDate inForce, String note) {

	}

}
