package com.evidenceassessor.batch;

import java.util.List;

import com.evidenceassessor.batch.BatchTables.SkippedCase;
import org.springframework.batch.core.BatchStatus;

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
 */
record RunOutcome(long runId, int attempt, BatchStatus status, String failure, int read, int assessed, long doneBefore,
		List<SkippedCase> skips, double seconds) {

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
