package com.evidenceassessor.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The batch job's own tables (see {@code db/batch}): the case folders of a run, the cases
 * assessed, the cases skipped. Every write is keyed by (run, seq) and replaces what is
 * there, so a chunk redone after a crash leaves the same rows as a chunk done once.
 */
final class BatchTables {

	private static final int INSERT_BATCH = 1000;

	private final JdbcTemplate jdbc;

	BatchTables(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(500);
	}

	/** Records the case folders a run found, replacing any earlier list for the run. */
	void saveInput(long runId, List<String> paths) {
		this.jdbc.update("DELETE FROM batch_input WHERE run_id = ?", runId);
		List<Object[]> rows = new ArrayList<>(INSERT_BATCH);
		for (int seq = 0; seq < paths.size(); seq++) {
			rows.add(new Object[] { runId, seq, paths.get(seq) });
			if (rows.size() == INSERT_BATCH || seq == paths.size() - 1) {
				this.jdbc.batchUpdate("INSERT INTO batch_input (run_id, seq, case_path) VALUES (?, ?, ?)", rows);
				rows.clear();
			}
		}
	}

	int inputCount(long runId) {
		return count("batch_input", runId);
	}

	/** The case folders with {@code from <= seq < to}, in order. */
	List<String> input(long runId, int from, int to) {
		return this.jdbc.queryForList(
				"SELECT case_path FROM batch_input WHERE run_id = ? AND seq >= ? AND seq < ? ORDER BY seq",
				String.class, runId, from, to);
	}

	void saveCase(CaseRef ref, String caseId, String opinionId, String summaryJson) {
		this.jdbc.update("DELETE FROM batch_case WHERE run_id = ? AND seq = ?", ref.runId(), ref.seq());
		this.jdbc.update(
				"INSERT INTO batch_case (run_id, seq, case_path, case_id, opinion_id, summary_json) "
						+ "VALUES (?, ?, ?, ?, ?, ?)",
				ref.runId(), ref.seq(), ref.path(), caseId, opinionId, summaryJson);
	}

	void saveSkip(CaseRef ref, CaseSkipped skip) {
		var at = skip.location();
		this.jdbc.update("DELETE FROM batch_skip WHERE run_id = ? AND seq = ?", ref.runId(), ref.seq());
		this.jdbc.update(
				"INSERT INTO batch_skip (run_id, seq, case_path, kind, file, line, col, field, problem) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				ref.runId(), ref.seq(), ref.path(), skip.kind().wireName(), at.file(),
				(at.line() > 0) ? at.line() : null, (at.column() > 0) ? at.column() : null, at.field(), skip.problem());
	}

	int caseCount(long runId) {
		return count("batch_case", runId);
	}

	int skipCount(long runId, SkipKind kind) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM batch_skip WHERE run_id = ? AND kind = ?",
				Integer.class, runId, kind.wireName());
		return (count != null) ? count : 0;
	}

	/** Each assessed case's summary JSON, in seq order, streamed. */
	void eachCase(long runId, Consumer<String> summaryJson) {
		this.jdbc.query("SELECT summary_json FROM batch_case WHERE run_id = ? ORDER BY seq",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> summaryJson.accept(rs.getString(1)), runId);
	}

	List<SkippedCase> skips(long runId) {
		return this.jdbc.query(
				"SELECT case_path, kind, file, line, col, field, problem FROM batch_skip WHERE run_id = ? ORDER BY seq",
				(rs, n) -> new SkippedCase(rs.getString(1), SkipKind.fromWireName(rs.getString(2)), rs.getString(3),
						rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7)),
				runId);
	}

	private int count(String table, long runId) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?", Integer.class,
				runId);
		return (count != null) ? count : 0;
	}

	/**
	 * A skipped case as recorded.
	 *
	 * @param casePath the case folder, relative to the input
	 * @param kind invalid input or failed
	 * @param file the file with the problem
	 * @param line its line, 0 when not known
	 * @param column its column, 0 when not known
	 * @param field the field path, or {@code null}
	 * @param problem what is wrong and what was expected
	 */
	record SkippedCase(String casePath, SkipKind kind, String file, int line, int column, String field,
			String problem) {

		/** {@code file:line:col (field)}. */
		String location() {
			return new com.evidenceassessor.support.Location(this.file, this.line, this.column, this.field).toString();
		}

	}

}
