package com.evidenceassessor.facts;

/**
 * Evidence outside WeChat that points to the same fact as an item (证据规定 Art. 88).
 *
 * @param kind what it is
 * @param description a short description
 */
public record OutsideEvidence(OutsideEvidenceKind kind, String description) {

}
