package com.evidenceassessor.bills.read;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Reads bill times: {@code yyyy-MM-dd HH:mm:ss} as exported, and the shapes spreadsheet
 * programs leave when a user re-saves the file ({@code yyyy/M/d H:mm[:ss]},
 * {@code yyyy-MM-dd'T'HH:mm:ss}). All bill times are wall-clock UTC+8; no zone is
 * applied. Impossible dates (Feb 30) are errors, never rolled over.
 */
public final class Times {

	static final String EXPECTED = "a time such as 2024-05-03 12:41:09";

	private Times() {
	}

	public static LocalDateTime parse(String text) {
		String value = Cells.trim(text);
		if (value.length() == 19 && isCanonical(value)) {
			return of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10), number(value, 11, 13),
					number(value, 14, 16), number(value, 17, 19));
		}
		return parseLoose(value);
	}

	private static boolean isCanonical(String v) {
		char dateSep = v.charAt(4);
		char middle = v.charAt(10);
		return (dateSep == '-' || dateSep == '/') && v.charAt(7) == dateSep && (middle == ' ' || middle == 'T')
				&& v.charAt(13) == ':' && v.charAt(16) == ':';
	}

	private static LocalDateTime parseLoose(String value) {
		String[] dateAndTime = value.split("[ T]+", -1);
		if (dateAndTime.length != 2) {
			throw new ValueException(EXPECTED);
		}
		String[] date = dateAndTime[0].split("[-/]", -1);
		String[] time = dateAndTime[1].split(":", -1);
		if (date.length != 3 || date[0].length() != 4 || time.length < 2 || time.length > 3) {
			throw new ValueException(EXPECTED);
		}
		return of(small(date[0], 4), small(date[1], 2), small(date[2], 2), small(time[0], 2), small(time[1], 2),
				time.length == 3 ? small(time[2], 2) : 0);
	}

	private static int small(String digits, int maxLength) {
		if (digits.isEmpty() || digits.length() > maxLength) {
			throw new ValueException(EXPECTED);
		}
		return number(digits, 0, digits.length());
	}

	private static int number(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new ValueException(EXPECTED);
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static LocalDateTime of(int year, int month, int day, int hour, int minute, int second) {
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second);
		}
		catch (DateTimeException ex) {
			throw new ValueException(EXPECTED + " (no such date or time)");
		}
	}

}
