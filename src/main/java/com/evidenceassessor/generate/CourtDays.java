package com.evidenceassessor.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * The days a generated hearing may fall on: a weekday outside the two week-long holidays,
 * the Spring Festival and National Day (with the Mid-Autumn Festival where they join), as
 * rules/rest-days.yaml gives them for the years generated hearings reach. The generator
 * keeps its own copy so that a seed gives the same cases whatever rules folder is used;
 * the shorter holidays are left out, so a hearing may still fall on one, as on a day a
 * court sits by arrangement.
 */
final class CourtDays {

	private record Run(LocalDate from, LocalDate to) {

		boolean holds(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

	private static final List<Run> LONG_HOLIDAYS = List.of(run("2019-02-04", "2019-02-10"),
			run("2019-10-01", "2019-10-07"), run("2020-01-24", "2020-02-02"), run("2020-10-01", "2020-10-08"),
			run("2021-02-11", "2021-02-17"), run("2021-10-01", "2021-10-07"), run("2022-01-31", "2022-02-06"),
			run("2022-10-01", "2022-10-07"), run("2023-01-21", "2023-01-27"), run("2023-09-29", "2023-10-06"),
			run("2024-02-10", "2024-02-17"), run("2024-10-01", "2024-10-07"), run("2025-01-28", "2025-02-04"),
			run("2025-10-01", "2025-10-08"), run("2026-02-15", "2026-02-23"), run("2026-10-01", "2026-10-07"));

	private CourtDays() {
	}

	/** The day, or the first weekday after it outside a long holiday. */
	static LocalDate onOrAfter(LocalDate day) {
		LocalDate sitting = day;
		while (!sits(sitting)) {
			sitting = sitting.plusDays(1);
		}
		return sitting;
	}

	private static boolean sits(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY, SUNDAY -> false;
			default -> LONG_HOLIDAYS.stream().noneMatch(run -> run.holds(day));
		};
	}

	private static Run run(String from, String to) {
		return new Run(LocalDate.parse(from), LocalDate.parse(to));
	}

}
