package com.evidenceassessor.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rest days on which no time limit ends, as {@code rules/rest-days.yaml} lists them:
 * a period whose last day is a rest day ends on the first working day after it
 * (民事诉讼法第八十五条第三款). A rest day is a weekend day not made a working day, or a day of a
 * listed holiday; for a year the file does not list, only its weekends are known.
 *
 * @param law the provision, in both languages, with its earlier texts (as a time limit of
 * {@code deadlines.yaml} gives them)
 * @param years each year's holiday arrangement, by year
 */
public record RestDays(Deadline law, Map<Integer, Year> years) {

	/**
	 * No calendar: the rules folder has no {@code rest-days.yaml}, so no day is moved.
	 */
	public static final RestDays NONE = new RestDays(null, Map.of());

	/** The file the calendar is read from, optional like {@code chains.yaml}. */
	static final String FILE = "rest-days.yaml";

	public RestDays {
		years = (years != null) ? new TreeMap<>(years) : Map.of();
	}

	/**
	 * The last day of a period the court set to end on {@code set}: that day, or the
	 * first working day after it when it is a rest day; {@code null} for none.
	 */
	public LastDay lastDay(LocalDate set) {
		if (set == null || this.law == null) {
			return (set == null) ? null : new LastDay(set, set, null, null, true);
		}
		LocalDate day = set;
		while (restDay(day)) {
			day = day.plusDays(1);
		}
		Deadline cited = this.law.on(set);
		Holiday holiday = holiday(set);
		return new LastDay(set, day, day.equals(set) ? null : cited, holiday,
				this.years.containsKey(set.getYear()) && this.years.containsKey(day.getYear()));
	}

	/**
	 * What is wrong with the calendar, each said with its year: a provision without its
	 * text, a run of days that ends before it starts or outside its year, a working day
	 * that is no weekend day or falls in a holiday.
	 */
	List<String> problems() {
		List<String> found = new ArrayList<>();
		if (this.law == null || this.law.zh() == null || this.law.en() == null) {
			found.add("law: the provision needs its text in zh and en");
		}
		this.years.forEach((year, arrangement) -> {
			for (Holiday h : arrangement.holidays()) {
				if (h.from() == null || h.to() == null || h.to().isBefore(h.from()) || h.to().getYear() != year) {
					found.add("years." + year + ": holiday '" + h.name() + "' runs " + h.from() + " to " + h.to()
							+ "; expected from <= to, ending in " + year);
				}
			}
			for (LocalDate day : arrangement.workdays()) {
				if (!weekend(day) || holiday(day) != null) {
					found.add("years." + year + ": working day " + day
							+ " is not a Saturday or Sunday outside the holidays; expected a weekend day made a working day");
				}
			}
		});
		return found;
	}

	/** No time limit ends on this day. */
	boolean restDay(LocalDate day) {
		if (holiday(day) != null) {
			return true;
		}
		return weekend(day) && this.years.values().stream().noneMatch(y -> y.workdays().contains(day));
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** The listed holiday the day falls in, or {@code null}. */
	private Holiday holiday(LocalDate day) {
		return this.years.values()
			.stream()
			.flatMap(y -> y.holidays().stream())
			.filter(h -> h.from() != null && h.to() != null && h.covers(day))
			.findFirst()
			.orElse(null);
	}

	/**
	 * One year's holiday arrangement.
	 *
	 * @param source the notice it comes from
	 * @param verified checked against the published notice
	 * @param holidays the runs of days off
	 * @param workdays the weekend days made working days
	 */
	public record Year(String source, Boolean verified, List<Holiday> holidays, List<LocalDate> workdays) {

		public Year {
			holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
			workdays = (workdays != null) ? List.copyOf(workdays) : List.of();
		}

	}

	/**
	 * A run of days off.
	 *
	 * @param name the holiday
	 * @param from its first day
	 * @param to its last day
	 */
	public record Holiday(String name, LocalDate from, LocalDate to) {

		boolean covers(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

	/**
	 * The last day of a period.
	 *
	 * @param set the day the court set
	 * @param day the day the period ends: {@code set}, or the first working day after it
	 * @param movedBy the provision that moved it, as in force on the day set;
	 * {@code null} when it was not moved
	 * @param holiday the listed holiday the day set falls in, or {@code null}
	 * @param holidaysKnown the calendar lists the holidays of the years of both days, so
	 * that a weekday the period ends on is known not to be a holiday
	 */
	public record LastDay(LocalDate set, LocalDate day, Deadline movedBy, Holiday holiday, boolean holidaysKnown) {

		public boolean moved() {
			return !this.day.equals(this.set);
		}

	}

}
