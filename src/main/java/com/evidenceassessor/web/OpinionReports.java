package com.evidenceassessor.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.evidenceassessor.report.HtmlRenderer;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.report.PdfRenderer;
import org.springframework.stereotype.Component;

/** A stored assessment's opinion as a PDF or HTML report, for the pages and the API. */
@Component
public class OpinionReports {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PdfRenderer pdf;

	OpinionReports(PdfRenderer pdf) {
		this.pdf = pdf;
	}

	public byte[] pdf(StoredAssessment assessment, Lang lang) {
		return this.pdf.render(assessment.opinion(), lang, reference(assessment, lang));
	}

	public String html(StoredAssessment assessment, Lang lang) {
		return HtmlRenderer.render(assessment.opinion(), lang);
	}

	/** The file name a download is saved under: {@code <case id>-<assessment id>.pdf}. */
	public static String fileName(StoredAssessment assessment, String extension) {
		String caseId = assessment.opinion().caseId().replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return caseId + "-" + assessment.id().substring(0, 8) + "." + extension;
	}

	private static String reference(StoredAssessment assessment, Lang lang) {
		String time = TIME.format(assessment.createdAt().atZone(ZoneId.systemDefault()));
		return lang.pick("评估编号 " + assessment.id() + " · " + time + " · " + assessment.username(),
				"Assessment " + assessment.id() + " · " + time + " · " + assessment.username());
	}

}
