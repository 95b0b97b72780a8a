package com.evidenceassessor.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.store.AssessmentMode;

/**
 * What one run of the batch job works with. The batch context is started for one run, so
 * these are the run's job parameters in typed form, plus the shared assessor and the
 * counters.
 *
 * @param assessor the one assessment entry point, shared by the threads
 * @param mode full or scores only
 * @param reports the per-case files to write
 * @param lang the language of the reports and the spreadsheet
 * @param casesRoot the folder holding the case folders (an archive's unpacked copy)
 * @param sourceRoot how the user knows the input, to name where each case came from: the
 * folder, or {@code archive.zip!}
 * @param out the output folder
 * @param threads how many cases are assessed at once
 * @param chunkSize cases per transaction
 * @param progress the run's counts
 * @param timings where the time goes
 * @param clock the time stamped on stored opinions
 */
record BatchSettings(Assessor assessor, AssessmentMode mode, Set<ReportFormat> reports, Lang lang, Path casesRoot,
		String sourceRoot, Path out, int threads, int chunkSize, Progress progress, PhaseTimings timings, Clock clock) {

	/** Partitions per thread: small enough ranges that threads finish together. */
	static final int PARTITIONS_PER_THREAD = 4;

	int partitions() {
		return this.threads * PARTITIONS_PER_THREAD;
	}

	/** Where a case's files go: {@code <out>/cases/<case folder>/}. */
	Path caseOutput(String casePath) {
		return this.out.resolve("cases").resolve(".".equals(casePath) ? "case" : casePath);
	}

}
