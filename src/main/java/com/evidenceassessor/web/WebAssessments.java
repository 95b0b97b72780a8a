package com.evidenceassessor.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.casefile.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Assesses a case for a signed-in user and keeps the opinion; finds past ones for those
 * allowed to see them. The pages and the REST API both go through here to the one
 * {@link Assessor}. Logs what was done (ids, counts, time), never what the evidence says.
 */
@Service
public class WebAssessments {

	private static final Logger log = LoggerFactory.getLogger(WebAssessments.class);

	private final Assessor assessor;

	private final AssessmentHistory history;

	private final Clock clock;

	WebAssessments(Assessor assessor, AssessmentHistory history, Clock clock) {
		this.assessor = assessor;
		this.history = history;
		this.clock = clock;
	}

	public StoredAssessment assess(CaseFile caseFile, boolean scoresOnly, Viewer viewer, Channel channel) {
		long start = System.nanoTime();
		Opinion opinion = this.assessor.assess(caseFile,
				scoresOnly ? Assessor.Options.SCORES_ONLY : Assessor.Options.FULL);
		StoredAssessment stored = new StoredAssessment(UUID.randomUUID().toString(), this.clock.instant(),
				viewer.username(), channel, scoresOnly, opinion);
		this.history.save(stored);
		log.info("assessment {} by {} via {}: {} item(s), score {}, {} ms", stored.id(), viewer.username(), channel,
				opinion.items().size(), opinion.summary().score(), (System.nanoTime() - start) / 1_000_000);
		return stored;
	}

	/**
	 * A past assessment, if it exists and the viewer may see it (to anyone else it does
	 * not exist).
	 */
	public Optional<StoredAssessment> find(String id, Viewer viewer) {
		return this.history.find(id).filter(a -> viewer.maySee(a.username()));
	}

	/** The viewer's latest assessments (everyone's for an administrator). */
	public List<AssessmentSummary> history(Viewer viewer, int limit) {
		return this.history.latest(viewer.admin() ? null : viewer.username(), limit);
	}

}
