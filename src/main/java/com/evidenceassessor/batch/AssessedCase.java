package com.evidenceassessor.batch;

import com.evidenceassessor.store.StoredOpinion;

/**
 * A case assessed, ready to write.
 *
 * @param ref the case folder
 * @param stored the opinion as the store keeps it (with its JSON)
 * @param summaryJson the case's rows for the summary spreadsheet
 * @param html the HTML report, or {@code null} when not asked for
 */
record AssessedCase(CaseRef ref, StoredOpinion stored, String summaryJson, String html) {

}
