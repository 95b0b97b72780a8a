package com.evidenceassessor.store;

import java.time.Instant;
import java.time.LocalDate;

import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.casefile.CaseFile;

/**
 * An opinion as the store keeps it.
 *
 * @param opinionId see {@link OpinionId}
 * @param caseId the case's id
 * @param inputHash the stamp's input hash
 * @param ruleSetHash the stamp's rule-set hash
 * @param mode what was computed
 * @param programVersion the stamp's program version
 * @param assessedAt when it was first made
 * @param title the case title
 * @param lawDate the law date
 * @param score the case's score
 * @param level the case's level, e.g. {@code MEDIUM}
 * @param itemCount how many items it covers
 * @param source where the case was read from
 * @param inputJson the canonical input (see {@link StoredInput})
 * @param opinionJson the opinion as JSON
 */
public record StoredOpinion(String opinionId, String caseId, String inputHash, String ruleSetHash, AssessmentMode mode,
		String programVersion, Instant assessedAt, String title, LocalDate lawDate, int score, String level,
		int itemCount, String source, String inputJson, String opinionJson) {

	/** What to store for an opinion just made. */
	public static StoredOpinion of(CaseFile caseFile, Opinion opinion, AssessmentMode mode, String opinionJson,
			Instant now) {
		return of(caseFile, opinion, mode, opinionJson, now, caseFile.source());
	}

	/**
	 * What to store for an opinion just made, with where the case came from as the user
	 * knows it (e.g. {@code archive.zip!/case-0042/case.yaml}).
	 */
	public static StoredOpinion of(CaseFile caseFile, Opinion opinion, AssessmentMode mode, String opinionJson,
			Instant now, String source) {
		Opinion.Stamp stamp = opinion.stamp();
		return new StoredOpinion(OpinionId.of(opinion.caseId(), stamp.inputHash(), stamp.ruleSetHash(), mode),
				opinion.caseId(), stamp.inputHash(), stamp.ruleSetHash(), mode, stamp.programVersion(), now,
				opinion.title(), opinion.lawDate(), opinion.summary().score(), opinion.summary().level().name(),
				opinion.items().size(), source, StoredInput.write(caseFile), opinionJson);
	}

}
