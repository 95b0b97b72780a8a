package com.evidenceassessor.batch;

import java.util.List;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one partition's case folders: the range {@code [from, to)} of the run's list. Its
 * position is saved with every chunk, so after a crash the partition resumes at the first
 * case whose chunk was not committed. One per partition (step scope), so no state is
 * shared between threads.
 */
class CaseFolderReader extends AbstractItemCountingItemStreamItemReader<CaseRef> {

	private final BatchTables tables;

	private final BatchSettings settings;

	private final long runId;

	private final int from;

	private final int to;

	private List<String> paths;

	CaseFolderReader(BatchTables tables, BatchSettings settings, long runId, int from, int to) {
		this.tables = tables;
		this.settings = settings;
		this.runId = runId;
		this.from = from;
		this.to = to;
		setName("cases");
		setSaveState(true);
		setMaxItemCount(to - from);
	}

	@Override
	protected void doOpen() {
		this.paths = this.tables.input(this.runId, this.from, this.to);
	}

	@Override
	protected CaseRef doRead() {
		int index = getCurrentItemCount() - 1;
		if (index >= this.paths.size()) {
			return null;
		}
		String path = this.paths.get(index);
		return new CaseRef(this.runId, this.from + index, path, this.settings.casesRoot().resolve(path).normalize());
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// the list is in memory: the position is the item count, nothing to skip
	}

	@Override
	protected void doClose() {
		this.paths = null;
	}

}
