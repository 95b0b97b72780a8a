package com.evidenceassessor.generate;

import java.util.Map;

import com.evidenceassessor.facts.LegalCase;

/**
 * One generated case folder, in memory.
 *
 * @param folder the folder's name, e.g. {@code case-00042-loan}
 * @param legalCase the case as generated (before any deliberate corruption)
 * @param files each file of the folder by its path relative to the folder:
 * {@code case.yaml}, evidence files, bills
 * @param corruption the deliberate defect written into {@code case.yaml}, or {@code null}
 * for a valid case
 */
record GeneratedCase(String folder, LegalCase legalCase, Map<String, byte[]> files, Corruption corruption) {

}
