package com.evidenceassessor.bills.read;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
		if (!body.isEmpty() && (body.charAt(0) == '\u00A5' || body.charAt(0) == '\uFFE5')) {
			body = Cells.trim(body.substring(1));
		}
		if (body.indexOf(',') >= 0) {
			body = withoutGrouping(body);
		}
		if (!isPlainDecimal(body)) {
			throw new ValueException(EXPECTED);
		}
		return new BigDecimal(body).setScale(2, RoundingMode.HALF_UP);
	}

	/** A spreadsheet number, e.g. {@code 548.58000000000004} or {@code 1.0E7}. */
	public static BigDecimal parseNumber(String text) {
		try {
			BigDecimal value = new BigDecimal(Cells.trim(text));
			if (value.signum() < 0 || value.precision() - value.scale() > MAX_DIGITS) {
				throw new ValueException(EXPECTED);
			}
			return value.setScale(2, RoundingMode.HALF_UP);
		}
		catch (NumberFormatException ex) {
			throw new ValueException(EXPECTED);
		}
	}

	private static String withoutGrouping(String body) {
		int dot = body.indexOf('.');
		String whole = dot < 0 ? body : body.substring(0, dot);
		String[] groups = whole.split(",", -1);
		if (groups[0].isEmpty() || groups[0].length() > 3) {
			throw new ValueException(EXPECTED);
		}
		for (int i = 1; i < groups.length; i++) {
			if (groups[i].length() != 3) {
				throw new ValueException(EXPECTED);
			}
		}
		return whole.replace(",", "") + (dot < 0 ? "" : body.substring(dot));
	}

	private static boolean isPlainDecimal(String body) {
		int length = body.length();
		int dot = body.indexOf('.');
		int wholeDigits = dot < 0 ? length : dot;
		if (wholeDigits == 0 || wholeDigits > MAX_DIGITS || (dot >= 0 && (length - dot - 1 == 0))) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = body.charAt(i);
			if (i != dot && (c < '0' || c > '9')) {
				return false;
			}
		}
		return dot < 0 || length - dot - 1 <= 2;
	}

}
