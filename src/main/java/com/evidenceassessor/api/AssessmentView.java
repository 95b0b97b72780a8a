package com.evidenceassessor.api;

import java.time.Instant;

import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.web.Channel;
import com.evidenceassessor.web.StoredAssessment;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An assessment as the API returns it: its id, who made it and when, links to its
 * reports, and the opinion (the same JSON as {@code assessor assess --format json}).
 *
 * @param id the assessment's id
 * @param createdAt when it was made (UTC)
 * @param user who made it
 * @param channel how it came in
 * @param scoresOnly made without the remediation plan and the range over unknown facts
 * @param links where to get it again and its reports
 * @param opinion the opinion
 */
@Schema(description = "An assessment: the opinion with its id, author, time and links to its reports.")
record AssessmentView(String id, Instant createdAt, String user, Channel channel, boolean scoresOnly, Links links,
		Opinion opinion) {

	static AssessmentView of(StoredAssessment stored) {
		String self = "/api/v1/assessments/" + stored.id();
		return new AssessmentView(stored.id(), stored.createdAt(), stored.username(), stored.channel(),
				stored.scoresOnly(),
				new Links(self, self + "/report.pdf", self + "/report.html", "/assessments/" + stored.id()),
				stored.opinion());
	}

	/**
	 * @param self this assessment in the API
	 * @param pdf its PDF report ({@code ?lang=en} for English)
	 * @param html its HTML report
	 * @param page its page in the web UI
	 */
	record Links(String self, String pdf, String html, String page) {

	}

}
