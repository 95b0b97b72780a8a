package com.evidenceassessor.batch;

import java.util.List;

import com.evidenceassessor.batch.BatchTables.SkippedCase;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/**
 * How a run ended.
 *
 * @param runId the run (job instance id)
 * @param attempt which attempt of the run this was (1 = first, 2 = first restart, ...)
 * @param status the job's status
 * @param failure why it stopped, when it did not complete, else {@code null}
 * @param read case folders in the run
 * @param assessed cases assessed (in this and earlier attempts)
 * @param doneBefore cases earlier attempts had finished
 * @param skips the cases set aside
 * @param seconds this attempt's wall time
 * @param thisAttempt Spring Batch's counts for this attempt, summed over the partitions
 */
record RunOutcome(long runId, int attempt, BatchStatus status, String failure, int read, int assessed, long doneBefore,
		List<SkippedCase> skips, double seconds, StepCounts thisAttempt) {

	/**
	 * Spring Batch's own counts of the assessing step.
	 *
	 * @param read case folders read
	 * @param written cases written
	 * @param skipped cases skipped in processing
	 * @param commits chunks committed
	 */
	record StepCounts(long read, long written, long skipped, long commits) {

		static StepCounts of(JobExecution execution) {
			long read = 0;
			long written = 0;
			long skipped = 0;
			long commits = 0;
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStepName().startsWith("assessCases:")) {
					read += step.getReadCount();
					written += step.getWriteCount();
					skipped += step.getProcessSkipCount();
					commits += step.getCommitCount();
				}
			}
			return new StepCounts(read, written, skipped, commits);
		}

	}

	boolean completed() {
		return this.status == BatchStatus.COMPLETED;
	}

	long invalid() {
		return this.skips.stream().filter(s -> s.kind() == SkipKind.INVALID_INPUT).count();
	}

	long failed() {
		return this.skips.stream().filter(s -> s.kind() == SkipKind.FAILED).count();
	}

}
