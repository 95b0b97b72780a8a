package com.evidenceassessor.generate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

/**
 * The days presents between lovers fall on: 5.20, 七夕 (the seventh day of the seventh
 * lunar month), Valentine's Day and a birthday. On 5.20 and 七夕 a WeChat red packet may
 * hold 520 yuan; on other days at most 200.
 */
final class SpecialDays {

	/** 七夕 in the Gregorian calendar, for the years generated cases reach. */
	private static final Map<Integer, MonthDay> QIXI = Map.ofEntries(Map.entry(2014, MonthDay.of(8, 2)),
			Map.entry(2015, MonthDay.of(8, 20)), Map.entry(2016, MonthDay.of(8, 9)),
			Map.entry(2017, MonthDay.of(8, 28)), Map.entry(2018, MonthDay.of(8, 17)),
			Map.entry(2019, MonthDay.of(8, 7)), Map.entry(2020, MonthDay.of(8, 25)),
			Map.entry(2021, MonthDay.of(8, 14)), Map.entry(2022, MonthDay.of(8, 4)),
			Map.entry(2023, MonthDay.of(8, 22)), Map.entry(2024, MonthDay.of(8, 10)),
			Map.entry(2025, MonthDay.of(8, 29)), Map.entry(2026, MonthDay.of(8, 19)));

	private SpecialDays() {
	}

	/**
	 * The last day of the occasion on or before {@code day}.
	 * @param occasion {@code 520}, {@code 七夕}, {@code 情人节} or {@code 生日}
	 * @param birthday the birthday, for {@code 生日}
	 */
	static LocalDate onOrBefore(String occasion, MonthDay birthday, LocalDate day) {
		LocalDate thisYear = in(occasion, birthday, day.getYear());
		return thisYear.isAfter(day) ? in(occasion, birthday, day.getYear() - 1) : thisYear;
	}

	private static LocalDate in(String occasion, MonthDay birthday, int year) {
		MonthDay date = switch (occasion) {
			case "520" -> MonthDay.of(5, 20);
			case "情人节" -> MonthDay.of(2, 14);
			case "七夕" -> QIXI.get(year);
			default -> birthday;
		};
		if (date == null) {
			throw new IllegalStateException("no 七夕 date for " + year);
		}
		return date.atYear(year);
	}

}
