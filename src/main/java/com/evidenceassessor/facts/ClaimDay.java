package com.evidenceassessor.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;

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

	/**
	 * The claim dated {@code claim}, or where it is undated the payment made at
	 * {@code paid}, falls in {@code year} or later; true when neither is dated.
	 */
	public static boolean fromYear(LocalDate claim, LocalDateTime paid, int year) {
		LocalDate when = dayOf(claim, paid);
		return when == null || when.getYear() >= year;
	}

	/**
	 * The claim dated {@code claim}, or where it is undated the payment made at
	 * {@code paid}, falls before {@code year}; false when neither is dated.
	 */
	public static boolean beforeYear(LocalDate claim, LocalDateTime paid, int year) {
		LocalDate when = dayOf(claim, paid);
		return when != null && when.getYear() < year;
	}

	private static LocalDate dayOf(LocalDate claim, LocalDateTime paid) {
		if (claim != null) {
			return claim;
		}
		return (paid != null) ? paid.toLocalDate() : null;
	}

}
