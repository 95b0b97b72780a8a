package com.evidenceassessor.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Every opinion made, with its stamp and input. Saving is idempotent: an opinion with the
 * same id (same case, input, rules and mode) is kept as first stored, never duplicated,
 * even when two threads or two processes save it at once. Thread-safe.
 */
public final class OpinionStore {

	private static final String COLUMNS = "opinion_id, case_id, input_hash, rule_set_hash, mode, program_version, "
			+ "assessed_at, title, law_date, score, level, item_count, source, input_json, opinion_json";

	private static final String SUMMARY_COLUMNS = "opinion_id, case_id, input_hash, rule_set_hash, mode, "
			+ "program_version, assessed_at, title, law_date, score, level, item_count, source";

	private final JdbcTemplate jdbc;

	private final String insertSql;

	public OpinionStore(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		String values = "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		this.insertSql = isPostgres(dataSource)
				? "INSERT INTO opinion (" + COLUMNS + ") " + values + " ON CONFLICT (opinion_id) DO NOTHING"
				: "INSERT INTO opinion (" + COLUMNS + ") " + values;
	}

	/**
	 * Stores the opinion unless it is stored already; true when this call stored it.
	 * Joins the caller's transaction, if any.
	 */
	public boolean save(StoredOpinion opinion) {
		if (exists(opinion.opinionId())) {
			return false;
		}
		try {
			return this.jdbc.update(this.insertSql, opinion.opinionId(), opinion.caseId(), opinion.inputHash(),
					opinion.ruleSetHash(), opinion.mode().wireName(), opinion.programVersion(),
					OffsetDateTime.ofInstant(opinion.assessedAt(), ZoneOffset.UTC), opinion.title(), opinion.lawDate(),
					opinion.score(), opinion.level(), opinion.itemCount(), opinion.source(), opinion.inputJson(),
					opinion.opinionJson()) == 1;
		}
		catch (DuplicateKeyException ex) {
			// another transaction stored the same opinion between our check and our
			// insert (H2 reports it; PostgreSQL's ON CONFLICT absorbs it)
			return false;
		}
	}

	public boolean exists(String opinionId) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM opinion WHERE opinion_id = ?", Integer.class,
				opinionId);
		return count != null && count > 0;
	}

	/** The opinions stored for a case, oldest first, without their JSON. */
	public List<StoredOpinion> history(String caseId) {
		return this.jdbc.query(
				"SELECT " + SUMMARY_COLUMNS + " FROM opinion WHERE case_id = ? " + "ORDER BY assessed_at, opinion_id",
				summaryRows(), caseId);
	}

	/** An opinion with its input and JSON. */
	public Optional<StoredOpinion> find(String opinionId) {
		List<StoredOpinion> found = this.jdbc.query("SELECT " + COLUMNS + " FROM opinion WHERE opinion_id = ?",
				(rs, n) -> row(rs, rs.getString("input_json"), rs.getString("opinion_json")), opinionId);
		return found.stream().findFirst();
	}

	/** Up to {@code limit} stored case ids containing {@code text}, for suggestions. */
	public List<String> caseIdsLike(String text, int limit) {
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.queryForList("SELECT DISTINCT case_id FROM opinion WHERE case_id LIKE ? ESCAPE '\\' "
				+ "ORDER BY case_id FETCH FIRST " + limit + " ROWS ONLY", String.class, pattern);
	}

	/** How many opinions are stored. */
	public long count() {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM opinion", Long.class);
		return (count != null) ? count : 0;
	}

	private static RowMapper<StoredOpinion> summaryRows() {
		return (rs, n) -> row(rs, null, null);
	}

	private static StoredOpinion row(ResultSet rs, String inputJson, String opinionJson) throws SQLException {
		return new StoredOpinion(rs.getString("opinion_id"), rs.getString("case_id"), rs.getString("input_hash"),
				rs.getString("rule_set_hash"), AssessmentMode.fromWireName(rs.getString("mode")),
				rs.getString("program_version"), instant(rs), rs.getString("title"),
				rs.getObject("law_date", java.time.LocalDate.class), rs.getInt("score"), rs.getString("level"),
				rs.getInt("item_count"), rs.getString("source"), inputJson, opinionJson);
	}

	private static Instant instant(ResultSet rs) throws SQLException {
		OffsetDateTime time = rs.getObject("assessed_at", OffsetDateTime.class);
		if (time != null) {
			return time.toInstant();
		}
		Timestamp stamp = rs.getTimestamp("assessed_at");
		return (stamp != null) ? stamp.toInstant() : null;
	}

	static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the database's name: " + ex.getMessage(), ex);
		}
	}

}
