package com.evidenceassessor.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Texts written for the law in force now, with entries for cases heard under earlier law
 * (remedies' deadlines and bases, chains' sources). Each entry applies before its own
 * day; of those that apply to a case, the one for the earliest period the case falls in
 * wins.
 */
final class EarlierTexts {

	private EarlierTexts() {
	}

	/**
	 * The entry for a case heard on {@code lawDate}, or {@code null} when the texts as
	 * written apply.
	 */
	static <T> T entryFor(List<T> entries, Function<T, LocalDate> before, LocalDate lawDate) {
		return entryFor(entries, before, entry -> lawDate);
	}

	/**
	 * The same, each entry compared with its own date ({@code dateOf}): the law date, or
	 * the day of the legal fact for a change of substantive law.
	 */
	static <T> T entryFor(List<T> entries, Function<T, LocalDate> before, Function<T, LocalDate> dateOf) {
		T applies = null;
		for (T entry : entries) {
			LocalDate day = before.apply(entry);
			if (dateOf.apply(entry).isBefore(day) && (applies == null || day.isBefore(before.apply(applies)))) {
				applies = entry;
			}
		}
		return applies;
	}

	static String or(String earlier, String asWritten) {
		return (earlier != null) ? earlier : asWritten;
	}

}
