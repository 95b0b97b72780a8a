package com.evidenceassessor.facts;

import java.time.LocalDate;

/**
 * The day of the legal fact that gives rise to the claim, by which the substantive law of
 * the whole claim is chosen (民法典时间效力规定第一条): for a cause whose chain names it
 * ({@code datedBy} in {@code rules/chains.yaml}: a betrothal gift's ground for return, a
 * sale's agreement, a loan's delivery), the earliest time of the items offered for it.
 * Derived for the rules from the case file and the chains, never written in a case file;
 * one per case.
 *
 * @param day that day, or {@code null} when the cause names no such fact or no item
 * offered for it gives a time
 */
public record ClaimDay(LocalDate day) {

}
