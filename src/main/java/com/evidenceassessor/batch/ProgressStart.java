package com.evidenceassessor.batch;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/**
 * Before the cases are assessed: sets the progress counts from the database, so a resumed
 * run counts what earlier attempts finished.
 */
final class ProgressStart implements StepExecutionListener {

	private final BatchTables tables;

	private final Progress progress;

	ProgressStart(BatchTables tables, Progress progress) {
		this.tables = tables;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		this.progress.begin(this.tables.inputCount(runId), this.tables.caseCount(runId),
				this.tables.skipCount(runId, SkipKind.INVALID_INPUT), this.tables.skipCount(runId, SkipKind.FAILED));
	}

}
