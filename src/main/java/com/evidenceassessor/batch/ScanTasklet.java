package com.evidenceassessor.batch;

import java.util.List;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The first step: records the run's case folders in the database. It runs once per run; a
 * restart finds it complete and works from the same list, whatever has changed in the
 * input folder since.
 */
final class ScanTasklet implements Tasklet {

	private final BatchSettings settings;

	private final BatchTables tables;

	ScanTasklet(BatchSettings settings, BatchTables tables) {
		this.settings = settings;
		this.tables = tables;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = chunkContext.getStepContext()
			.getStepExecution()
			.getJobExecution()
			.getJobInstance()
			.getInstanceId();
		List<String> paths = CaseScanner.scan(this.settings.casesRoot());
		this.tables.saveInput(runId, paths);
		contribution.incrementWriteCount(paths.size());
		return RepeatStatus.FINISHED;
	}

}
