package com.evidenceassessor.batch;

import java.nio.file.Path;
import java.util.Set;

import com.evidenceassessor.report.Lang;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.store.AssessmentMode;

/**
 * Everything a batch run is asked to do.
 *
 * @param input a folder of case folders or a zip archive of them
 * @param out the output folder
 * @param dataFolder the data folder (H2 database, unpacked archives)
 * @param config a properties file for another database, or {@code null}
 * @param ruleSet the compiled rules
 * @param mode full or scores only
 * @param reports the per-case files to write
 * @param lang the language of reports and spreadsheet
 * @param threads how many cases at once
 * @param chunkSize cases per transaction
 * @param zipLimits the bounds for unpacking an archive
 * @param progressBar draw the progress bar on standard error
 * @param forceResume take over an interrupted run at once, even on a shared database
 * where it was active less than {@link BatchRunner#STALE_AFTER} ago
 */
record BatchRequest(Path input, Path out, Path dataFolder, Path config, RuleSet ruleSet, AssessmentMode mode,
		Set<ReportFormat> reports, Lang lang, int threads, int chunkSize, ZipLimits zipLimits, boolean progressBar,
		boolean forceResume) {

	static final int DEFAULT_CHUNK = 50;

}
