package com.evidenceassessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time limit whose last day is a rest day ends on the first working day after it
 * (民事诉讼法第八十五条第三款), by the calendar of rules/rest-days.yaml.
 */
class RestDaysTest {

	private static final RestDays CALENDAR = read(Path.of("rules"));

	@TempDir
	Path temp;

	@ParameterizedTest(name = "{0} set, {1} the last day ({2})")
	@CsvSource({ "2025-05-30, 2025-05-30, a Friday", "2025-05-31, 2025-06-03, the Dragon Boat Festival from a Saturday",
			"2025-06-01, 2025-06-03, a Sunday of the festival", "2025-10-04, 2025-10-09, National Day",
			"2025-09-28, 2025-09-28, a Sunday made a working day",
			"2025-10-11, 2025-10-11, a Saturday made a working day", "2024-12-28, 2024-12-30, a plain weekend",
			"2020-01-31, 2020-02-03, the extended Spring Festival of 2020",
			"2022-12-31, 2023-01-03, New Year's Day of 2023 beginning in December" })
	void aLastDayOnARestDayMovesToTheNextWorkingDay(LocalDate set, LocalDate expected, String why) {
		RestDays.LastDay lastDay = CALENDAR.lastDay(set);
		assertThat(lastDay.day()).as(why).isEqualTo(expected);
		assertThat(lastDay.moved()).isEqualTo(!set.equals(expected));
		assertThat(lastDay.movedBy() != null).isEqualTo(lastDay.moved());
		assertThat(lastDay.holidaysKnown()).isTrue();
	}

	@Test
	void theProvisionIsCitedAsInForceOnTheDaySet() {
		assertThat(CALENDAR.lastDay(LocalDate.of(2025, 10, 4)).movedBy().zh()).endsWith("（民事诉讼法第八十五条第三款）");
		assertThat(CALENDAR.lastDay(LocalDate.of(2021, 10, 2)).movedBy().zh()).endsWith("（民事诉讼法（2017）第八十二条第三款）");
		assertThat(CALENDAR.lastDay(LocalDate.of(2012, 10, 6)).movedBy().zh()).startsWith("期间届满的最后一日是节假日的")
			.endsWith("第七十五条第三款）");
		assertThat(CALENDAR.lastDay(LocalDate.of(2025, 10, 4)).holiday().name()).isEqualTo("国庆节、中秋节");
		assertThat(CALENDAR.lastDay(LocalDate.of(2024, 12, 28)).holiday()).isNull();
	}

	@Test
	void aYearTheCalendarDoesNotListIsJudgedByItsWeekendsAndSaysSo() {
		RestDays.LastDay saturday = CALENDAR.lastDay(LocalDate.of(2031, 3, 1));
		assertThat(saturday.day()).isEqualTo(LocalDate.of(2031, 3, 3));
		assertThat(saturday.holidaysKnown()).isFalse();
		RestDays.LastDay newYear = CALENDAR.lastDay(LocalDate.of(2031, 1, 1));
		assertThat(newYear.moved()).as("not listed, so not known to be a holiday").isFalse();
		assertThat(newYear.holidaysKnown()).isFalse();
		assertThat(RestDays.NONE.lastDay(LocalDate.of(2025, 5, 31)).moved()).as("no calendar, no moving").isFalse();
		assertThat(CALENDAR.lastDay(null)).isNull();
	}

	@Test
	void theProjectsCalendarIsCleanAndListsEveryYearAHearingMayFallIn() {
		List<RuleProblem> problems = new ArrayList<>();
		RestDays calendar = RulesData.read(Path.of("rules"), problems).restDays();
		assertThat(problems).isEmpty();
		assertThat(calendar.years()).containsKeys(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
	}

	@Test
	void aWrongEntryIsAProblemSaidWithItsYear() throws IOException {
		Path rules = withCalendar("""
				law: { zh: 期间届满的最后一日是法定休假日的…, en: Where the last day… }
				years:
				  2025:
				    holidays:
				      - { name: 春节, from: 2025-02-04, to: 2025-01-28 }
				      - { name: 国庆节、中秋节, from: 2025-10-01, to: 2025-10-08 }
				    workdays: [2025-01-27, 2025-10-04]
				""");
		assertThat(problemsIn(rules)).containsExactly(
				"rest-days.yaml: years.2025: holiday '春节' runs 2025-02-04 to 2025-01-28; expected from <= to, ending in 2025",
				"rest-days.yaml: years.2025: working day 2025-01-27 is not a Saturday or Sunday outside the holidays; "
						+ "expected a weekend day made a working day",
				"rest-days.yaml: years.2025: working day 2025-10-04 is not a Saturday or Sunday outside the holidays; "
						+ "expected a weekend day made a working day");
	}

	@Test
	void aDayThatIsNoDateIsLocatedByLine() throws IOException {
		Path rules = withCalendar("""
				law: { zh: 期间…, en: Where… }
				years:
				  2025:
				    workdays: [2025-02-30]
				""");
		List<RuleProblem> problems = new ArrayList<>();
		RulesData.read(rules, problems);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rest-days.yaml");
			assertThat(p.line()).isEqualTo(4);
			assertThat(p.message()).contains("2025-02-30");
		});
	}

	private Path withCalendar(String yaml) throws IOException {
		Path rules = Files.createTempDirectory(this.temp, "rules");
		try (var files = Files.walk(Path.of("rules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.startsWith("rules/tests"))
				.toList()) {
				Path target = rules.resolve(Path.of("rules").relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		Files.writeString(rules.resolve(RestDays.FILE), yaml);
		return rules;
	}

	private static List<String> problemsIn(Path rules) {
		List<RuleProblem> problems = new ArrayList<>();
		RulesData.read(rules, problems);
		return problems.stream().map(RuleProblem::toString).toList();
	}

	private static RestDays read(Path rules) {
		List<RuleProblem> problems = new ArrayList<>();
		return RulesData.read(rules, problems).restDays();
	}

}
