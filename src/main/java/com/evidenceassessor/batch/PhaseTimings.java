package com.evidenceassessor.batch;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run's time goes, summed over all threads: reading and hashing case files,
 * assessing, rendering JSON and HTML, writing files, writing the database. For the bench
 * command; cheap enough to keep on.
 */
final class PhaseTimings {

	enum Phase {

		READ, ASSESS, JSON, HTML, FILES, DATABASE, SUMMARY

	}

	private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);

	PhaseTimings() {
		for (Phase phase : Phase.values()) {
			this.nanos.put(phase, new LongAdder());
		}
	}

	void add(Phase phase, long startNanos) {
		this.nanos.get(phase).add(System.nanoTime() - startNanos);
	}

	long millis(Phase phase) {
		return this.nanos.get(phase).sum() / 1_000_000;
	}

	/** {@code read 12% · assess 60% · ...} of the summed time. */
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
