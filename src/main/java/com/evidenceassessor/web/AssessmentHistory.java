package com.evidenceassessor.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of past web assessments (db/migration/V100__web_assessments.sql). */
@Repository
public class AssessmentHistory {

	private static final ObjectWriter WRITER = Json.json().writer().without(SerializationFeature.INDENT_OUTPUT);

	private static final ObjectReader READER = Json.json().readerFor(Opinion.class);

	private final JdbcClient jdbc;

	AssessmentHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(StoredAssessment assessment) {
		Opinion opinion = assessment.opinion();
		this.jdbc
			.sql("INSERT INTO web_assessment (id, created_at, username, channel, scores_only, case_id, case_title, "
					+ "item_count, score, level, rule_set_hash, input_hash, opinion_json) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(assessment.id(), OffsetDateTime.ofInstant(assessment.createdAt(), ZoneOffset.UTC),
					assessment.username(), assessment.channel().name(), assessment.scoresOnly(),
					cut(opinion.caseId(), 200), cut(opinion.title(), 500), opinion.items().size(),
					opinion.summary().score(), opinion.summary().level().name(), opinion.stamp().ruleSetHash(),
					opinion.stamp().inputHash(), toJson(opinion))
			.update();
	}

	public Optional<StoredAssessment> find(String id) {
		return this.jdbc
			.sql("SELECT id, created_at, username, channel, scores_only, opinion_json FROM web_assessment WHERE id = ?")
			.param(id)
			.query(AssessmentHistory::stored)
			.optional();
	}

	/**
	 * The latest assessments, newest first.
	 * @param username whose, or {@code null} for everyone's
	 * @param limit at most this many
	 */
	public List<AssessmentSummary> latest(String username, int limit) {
		String columns = "SELECT id, created_at, username, channel, case_id, case_title, item_count, score, level, "
				+ "rule_set_hash FROM web_assessment ";
		String order = " ORDER BY created_at DESC, id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
		if (username == null) {
			return this.jdbc.sql(columns + order).query(AssessmentHistory::summary).list();
		}
		return this.jdbc.sql(columns + "WHERE username = ?" + order)
			.param(username)
			.query(AssessmentHistory::summary)
			.list();
	}

	private static StoredAssessment stored(ResultSet row, int number) throws SQLException {
		return new StoredAssessment(row.getString("id"), instant(row, "created_at"), row.getString("username"),
				Channel.valueOf(row.getString("channel")), row.getBoolean("scores_only"),
				fromJson(row.getString("opinion_json")));
	}

	private static AssessmentSummary summary(ResultSet row, int number) throws SQLException {
		return new AssessmentSummary(row.getString("id"), instant(row, "created_at"), row.getString("username"),
				Channel.valueOf(row.getString("channel")), row.getString("case_id"), row.getString("case_title"),
				row.getInt("item_count"), row.getInt("score"), Level.valueOf(row.getString("level")),
				row.getString("rule_set_hash"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private static String toJson(Opinion opinion) {
		try {
			return WRITER.writeValueAsString(opinion);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write the opinion as JSON", ex);
		}
	}

	private static Opinion fromJson(String json) {
		try {
			return READER.readValue(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a stored opinion cannot be read back: " + ex.getOriginalMessage(), ex);
		}
	}

}
