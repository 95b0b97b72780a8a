package com.evidenceassessor.batch;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A run's counts as it goes, shared by the job's threads and the progress bar: how many
 * case folders there are, and how many are assessed, skipped (invalid input) and failed
 * (the assessor failed), including those done before a restart.
 */
final class Progress {

	private final AtomicLong total = new AtomicLong(-1);

	private final AtomicLong assessed = new AtomicLong();

	private final AtomicLong skipped = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong doneBefore = new AtomicLong();

	private final AtomicLong startNanos = new AtomicLong(System.nanoTime());

	/**
	 * The run's size and what earlier attempts of it finished; the clock for the rate
	 * starts now.
	 */
	void begin(long totalCases, long assessedBefore, long skippedBefore, long failedBefore) {
		this.total.set(totalCases);
		this.assessed.set(assessedBefore);
		this.skipped.set(skippedBefore);
		this.failed.set(failedBefore);
		this.doneBefore.set(assessedBefore + skippedBefore + failedBefore);
		this.startNanos.set(System.nanoTime());
	}

	void assessed(int count) {
		this.assessed.addAndGet(count);
	}

	void skipped(SkipKind kind) {
		(kind == SkipKind.FAILED ? this.failed : this.skipped).incrementAndGet();
	}

	long total() {
		return this.total.get();
	}

	long assessed() {
		return this.assessed.get();
	}

	long skipped() {
		return this.skipped.get();
	}

	long failed() {
		return this.failed.get();
	}

	long done() {
		return assessed() + skipped() + failed();
	}

	long doneBefore() {
		return this.doneBefore.get();
	}

	/** Cases per second in this attempt. */
	double rate() {
		double seconds = (System.nanoTime() - this.startNanos.get()) / 1e9;
		long doneNow = done() - doneBefore();
		return (seconds > 0) ? doneNow / seconds : 0;
	}

	double elapsedSeconds() {
		return (System.nanoTime() - this.startNanos.get()) / 1e9;
	}

}
