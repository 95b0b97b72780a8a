package com.evidenceassessor.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The batch job's runs, for the batch page. Today {@link FolderBatchRuns} lists the run
 * folders the batch job (issue 6) writes under {@code assessor.batch.output}; a version
 * that reads Spring Batch's job repository (status, counts, progress) can replace it by
 * defining another bean of this type.
 */
public interface BatchRuns {

	/** Where the runs are looked for. */
	Path location();

	/** The runs, newest first; empty when there are none or the folder does not exist. */
	List<Run> list();

	/** A summary file of a run that may be downloaded, if it exists. */
	Optional<Path> summaryFile(String run, String file);

	/**
	 * One run.
	 *
	 * @param name its folder's name
	 * @param modified when it last changed
	 * @param files how many files it holds
	 * @param summaries the summary files it offers for download (summary.xlsx,
	 * summary.csv)
	 * @param status what its status file says, or {@code null}
	 */
	record Run(String name, Instant modified, long files, List<String> summaries, String status) {

	}

}
