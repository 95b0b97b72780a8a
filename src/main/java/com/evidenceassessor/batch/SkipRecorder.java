package com.evidenceassessor.batch;

import org.springframework.batch.core.SkipListener;

/**
 * Records each case the job sets aside, with the reason and where, in the chunk's
 * transaction (so a redone chunk records it once).
 */
final class SkipRecorder implements SkipListener<CaseRef, AssessedCase> {

	private final BatchTables tables;

	private final Progress progress;

	SkipRecorder(BatchTables tables, Progress progress) {
		this.tables = tables;
		this.progress = progress;
	}

	@Override
	public void onSkipInProcess(CaseRef ref, Throwable cause) {
		if (cause instanceof CaseSkipped skipped) {
			this.tables.saveSkip(ref, skipped);
			this.progress.skipped(skipped.kind());
		}
	}

}
