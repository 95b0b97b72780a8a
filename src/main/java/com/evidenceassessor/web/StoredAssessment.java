package com.evidenceassessor.web;

import java.time.Instant;

import com.evidenceassessor.assessment.Opinion;

/**
 * An assessment the server made and keeps.
 *
 * @param id its id
 * @param createdAt when it was made
 * @param username who asked for it
 * @param channel how it came in
 * @param scoresOnly made without the remediation plan and the range over unknown facts
 * @param opinion the opinion
 */
public record StoredAssessment(String id, Instant createdAt, String username, Channel channel, boolean scoresOnly,
		Opinion opinion) {

}
