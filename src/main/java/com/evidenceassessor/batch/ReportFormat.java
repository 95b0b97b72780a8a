package com.evidenceassessor.batch;

/** The per-case files a run writes. */
enum ReportFormat {

	/** {@code opinion.json}: the opinion as the API gives it. */
	json,
	/** {@code report.html}: the printable report. */
	html

}
