package com.evidenceassessor.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run's time goes, summed over all threads: reading and hashing case files,
 * assessing, rendering JSON and HTML, writing files, writing the database, writing the
 * summary. Counted in CPU time of the working thread, so the figures hold on a busy
 * machine (wall time there includes waiting for a core); cheap enough to keep on.
 */
final class PhaseTimings {

	enum Phase {

		READ, ASSESS, JSON, HTML, FILES, DATABASE, SUMMARY

	}

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);

	PhaseTimings() {
		for (Phase phase : Phase.values()) {
			this.nanos.put(phase, new LongAdder());
		}
	}

	/** A point to measure from: the current thread's CPU time. */
	static long now() {
		return THREADS.getCurrentThreadCpuTime();
	}

	void add(Phase phase, long start) {
		this.nanos.get(phase).add(now() - start);
	}

	long millis(Phase phase) {
		return this.nanos.get(phase).sum() / 1_000_000;
	}

	long totalMillis() {
		return this.nanos.values().stream().mapToLong(LongAdder::sum).sum() / 1_000_000;
	}

	/** {@code read 120 ms (12%) · assess ...} of the summed CPU time. */
	String breakdown() {
		long total = this.nanos.values().stream().mapToLong(LongAdder::sum).sum();
		StringBuilder text = new StringBuilder();
		for (Phase phase : Phase.values()) {
			long value = this.nanos.get(phase).sum();
			if (text.length() > 0) {
				text.append(" · ");
			}
			text.append(phase.name().toLowerCase()).append(' ').append(value / 1_000_000).append(" ms");
			if (total > 0) {
				text.append(String.format(" (%.0f%%)", 100.0 * value / total));
			}
		}
		return text.toString();
	}

}
