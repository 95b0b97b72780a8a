package com.evidenceassessor.bills.read;

import java.math.BigDecimal;

/**
 * Reads amounts as bills write them: {@code ¥28.16} (U+00A5), {@code ￥28.16} (U+FFE5),
 * {@code 1,234.50}, {@code ¥1,234.50}, {@code 500}, {@code 548.58000000000004} (a
 * spreadsheet double); always two decimals, never negative.
 */
public final class Amounts {

	static final String EXPECTED = "an amount in yuan such as ¥28.16, 1,234.50 or 500";

	private static final int MAX_DIGITS = 15;

	private Amounts() {
	}

	public static BigDecimal parse(String text) {
		String body = Cells.trim(text);
		int at = 0;
		int length = body.length();
		if (length > 0 && (body.charAt(0) == '\u00A5' || body.charAt(0) == '\uFFE5')) {
			at = 1;
			while (at < length && body.charAt(at) == ' ') {
				at++;
			}
		}
		long whole = 0;
		int digits = 0;
		int group = 0;
		boolean grouped = false;
		while (at < length && body.charAt(at) != '.') {
			char c = body.charAt(at++);
			if (c == ',') {
				if (group == 0 || group > 3 || (grouped && group != 3)) {
					throw new ValueException(EXPECTED);
				}
				grouped = true;
				group = 0;
			}
			else if (c >= '0' && c <= '9' && digits < MAX_DIGITS) {
				whole = whole * 10 + (c - '0');
				digits++;
				group++;
			}
			else {
				throw new ValueException(EXPECTED);
			}
		}
		if (digits == 0 || (grouped && group != 3)) {
			throw new ValueException(EXPECTED);
		}
		return BigDecimal.valueOf(whole * 100 + cents(body, at, length), 2);
	}

	private static long cents(String body, int dot, int length) {
		if (dot == length) {
			return 0;
		}
		int places = length - dot - 1;
		if (places < 1 || places > 2) {
			throw new ValueException(EXPECTED);
		}
		long cents = 0;
		for (int i = dot + 1; i < length; i++) {
			char c = body.charAt(i);
			if (c < '0' || c > '9') {
				throw new ValueException(EXPECTED);
			}
			cents = cents * 10 + (c - '0');
		}
		return places == 1 ? cents * 10 : cents;
	}

}
