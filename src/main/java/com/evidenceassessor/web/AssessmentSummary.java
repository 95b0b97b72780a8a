package com.evidenceassessor.web;

import java.time.Instant;

import com.evidenceassessor.assessment.Level;

/**
 * One line of the history.
 *
 * @param id the assessment's id
 * @param createdAt when it was made
 * @param username who asked for it
 * @param channel how it came in
 * @param caseId the case's id
 * @param caseTitle the case's title, or {@code null}
 * @param itemCount how many items were assessed
 * @param score the case's score
 * @param level the case's level
 * @param ruleSetHash the rules it was made with
 */
public record AssessmentSummary(String id, Instant createdAt, String username, Channel channel, String caseId,
		String caseTitle, int itemCount, int score, Level level, String ruleSetHash) {

}
