package com.evidenceassessor.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.evidenceassessor.batch.PhaseTimings.Phase;
import com.evidenceassessor.cli.OutputOption;
import com.evidenceassessor.store.OpinionStore;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Writes a chunk of assessed cases: each case's files (whole or not at all: temporary
 * file, then move), then its opinion into the store and its summary rows, in the chunk's
 * transaction. If the process dies before the transaction commits, the chunk is redone on
 * restart: the files are replaced by identical ones and the rows by the same rows, so
 * nothing is lost and nothing is doubled. Thread-safe.
 */
final class OpinionWriter implements ItemWriter<AssessedCase> {

	private final BatchSettings settings;

	private final OpinionStore store;

	private final BatchTables tables;

	OpinionWriter(BatchSettings settings, OpinionStore store, BatchTables tables) {
		this.settings = settings;
		this.store = store;
		this.tables = tables;
	}

	@Override
	public void write(Chunk<? extends AssessedCase> chunk) {
		PhaseTimings timings = this.settings.timings();
		long start = PhaseTimings.now();
		for (AssessedCase assessed : chunk) {
			writeFiles(assessed);
		}
		timings.add(Phase.FILES, start);
		start = PhaseTimings.now();
		for (AssessedCase assessed : chunk) {
			this.store.save(assessed.stored());
			this.tables.saveCase(assessed.ref(), assessed.stored().caseId(), assessed.stored().opinionId(),
					assessed.summaryJson());
		}
		timings.add(Phase.DATABASE, start);
		this.settings.progress().assessed(chunk.size());
	}

	private void writeFiles(AssessedCase assessed) {
		Path folder = this.settings.caseOutput(assessed.ref().path());
		if (this.settings.reports().contains(ReportFormat.json)) {
			OutputOption.writeAtomically(folder.resolve("opinion.json"),
					assessed.stored().opinionJson().getBytes(StandardCharsets.UTF_8));
		}
		if (assessed.html() != null) {
			OutputOption.writeAtomically(folder.resolve("report.html"),
					assessed.html().getBytes(StandardCharsets.UTF_8));
		}
	}

}
