package com.evidenceassessor.batch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits a run's case folders into contiguous ranges of the list, one per partition. The
 * names depend only on the grid size, which Spring Batch keeps for a restart, so a
 * restarted run finds its partitions and each resumes from its own saved position.
 */
class CaseRangePartitioner implements Partitioner {

	static final String FROM = "from";

	static final String TO = "to";

	private final BatchTables tables;

	private final long runId;

	CaseRangePartitioner(BatchTables tables, long runId) {
		this.tables = tables;
		this.runId = runId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		int total = this.tables.inputCount(this.runId);
		int parts = Math.max(1, Math.min(gridSize, total));
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < parts; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(FROM, (int) ((long) total * i / parts));
			context.putInt(TO, (int) ((long) total * (i + 1) / parts));
			partitions.put(String.format("cases-%03d", i), context);
		}
		return partitions;
	}

}
