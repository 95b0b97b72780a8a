package com.evidenceassessor.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule says about itself in its metadata ({@code @id}, {@code @instrument},
 * {@code @article}, ...): everything an opinion needs to cite it and to explain its
 * finding.
 *
 * @param id the stable id, e.g. {@code spc-evidence-2019/93-1-4.shown-in-court}
 * @param name the rule's name, a sentence starting with the provision id
 * @param file the rule file, relative to {@code rules/}
 * @param instrument the instrument it implements
 * @param article the provision within the instrument, e.g. 第九十三条第一款第（四）项
 * @param dimension the property of evidence it speaks to
 * @param effect what its finding does
 * @param pointsParameter the parameter holding its points, {@code null} for none
 * @param establishes a conclusion other rules can build on (e.g. {@code identityFixed}),
 * or {@code null}
 * @param reasonZh the reason in Chinese
 * @param reasonEn the reason in English
 * @param remedies ids of remedies (in {@code rules/remedies.yaml}) that answer the
 * finding
 * @param effective the first day the rule applies, when it differs from its instrument's
 * @param expires the last day the rule applies, when it differs from its instrument's
 * @param line the line of the rule in its file
 */
public record RuleInfo(String id, String name, String file, Instrument instrument, String article, Dimension dimension,
		Effect effect, String pointsParameter, String establishes, String reasonZh, String reasonEn,
		List<String> remedies, LocalDate effective, LocalDate expires, int line) {

	/** The short citation used in reasons: 证据规定（2019）第九十三条第一款第（四）项. */
	public String citation() {
		return this.instrument.shortTitle() + this.article;
	}

	/**
	 * The short citation for a case heard on a date, of facts on another (see
	 * {@link #articleOn}).
	 */
	public String citationOn(LocalDate lawDate, LocalDate factDate) {
		return this.instrument.shortTitle() + articleOn(lawDate, factDate);
	}

	/**
	 * The short citation in English for a case heard on a date: SPC Evidence Provisions
	 * (2019) Art. 93(1)(iv).
	 */
	public String citationEnOn(LocalDate lawDate, LocalDate factDate) {
		String title = (this.instrument.shortTitleEn() != null) ? this.instrument.shortTitleEn()
				: this.instrument.titleEn();
		return title + " " + CitationEn.of(this.instrument.topicsInEnglish(articleOn(lawDate, factDate)));
	}

	/**
	 * The article as cited for a case heard on a date: a practice rule written on a later
	 * text cites what the case's law had then ({@code earlierCitations} in
	 * instruments.yaml), and a substantive provision what the law had on the day of the
	 * facts it judges ({@code factDate: true}).
	 */
	public String articleOn(LocalDate lawDate, LocalDate factDate) {
		return this.instrument.articleOn(this.article, lawDate, factDate);
	}

	/** The full citation: 《title》（document）article. */
	public String fullCitation() {
		return fullCitation(this.instrument.document());
	}

	/**
	 * The full citation naming the version of the instrument in force on a date: a case
	 * heard in 2018 cites the text then in force.
	 */
	public String fullCitationOn(LocalDate lawDate, LocalDate factDate) {
		return fullCitation(this.instrument.documentOn(lawDate), articleOn(lawDate, factDate));
	}

	private String fullCitation(String documentNumber) {
		return fullCitation(documentNumber, this.article);
	}

	private String fullCitation(String documentNumber, String cited) {
		String document = (documentNumber != null) ? "（" + documentNumber + "）" : "";
		return "《" + this.instrument.title() + "》" + document + cited;
	}

	/** The rule applies to a case whose law date is this date. */
	public boolean appliesOn(LocalDate lawDate) {
		LocalDate from = (this.effective != null) ? this.effective : this.instrument.inForce();
		LocalDate to = (this.expires != null) ? this.expires : this.instrument.until();
		return !lawDate.isBefore(from) && (to == null || !lawDate.isAfter(to));
	}

}
