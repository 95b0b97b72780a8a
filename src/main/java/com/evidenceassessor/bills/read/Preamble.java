package com.evidenceassessor.bills.read;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * Reads the labelled lines above (or below) the rows of a bill: {@code 微信昵称：[x]},
 * {@code 起始时间：[a] 终止时间：[b]}, {@code 共N笔记录}, {@code 收入：n笔 x元} and their Alipay spellings
 * (ASCII or full-width colon, {@code 笔 } or {@code 笔,}).
 */
public final class Preamble {

	private static final Pattern PERIOD = Pattern
		.compile("起始(?:时间|日期)[：:]\\s*\\[([^\\]]*)\\]\\s*终止(?:时间|日期)[：:]\\s*\\[([^\\]]*)\\]");

	private static final Pattern COUNT = Pattern.compile("^共\\s*(\\d{1,9})\\s*笔记录");

	private static final Pattern SUM = Pattern.compile(
			"^(收入|支出|中性交易|不计收支|其他|已收入|已支出|待收入|待支出)[：:]\\s*(\\d{1,9})\\s*笔\\s*[,，]?\\s*([¥￥]?[\\d,]+(?:\\.\\d+)?)\\s*元");

	private Preamble() {
	}

	/**
	 * Reads one labelled line with {@code reader}; a value it cannot read is an error
	 * located at the line, quoting it.
	 */
	public static void read(Location at, String line, Consumer<String> reader) {
		try {
			reader.accept(line);
		}
		catch (ValueException ex) {
			throw new InputException(at, "found '" + Cells.shorten(line) + "'; expected " + ex.expected());
		}
	}

	/**
	 * The value after {@code label：} or {@code label:}, without surrounding brackets;
	 * {@code null} when the line does not start with the label.
	 */
	public static String value(String line, String label) {
		String text = Cells.trim(line);
		if (!text.startsWith(label) || text.length() <= label.length()) {
			return null;
		}
		char colon = text.charAt(label.length());
		if (colon != '：' && colon != ':') {
			return null;
		}
		return unbracket(text.substring(label.length() + 1));
	}

	static String unbracket(String value) {
		String text = Cells.trim(value);
		if (text.startsWith("[") && text.indexOf(']') > 0) {
			return Cells.trim(text.substring(1, text.indexOf(']')));
		}
		return text;
	}

	/** {@code [start, end]} texts of a 起始时间/终止时间 line, or {@code null}. */
	public static String[] period(String line) {
		Matcher m = PERIOD.matcher(line);
		return m.find() ? new String[] { m.group(1), m.group(2) } : null;
	}

	/** N of {@code 共N笔记录}, or {@code null}. */
	public static Integer count(String line) {
		Matcher m = COUNT.matcher(Cells.trim(line));
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}

	/** A summary line {@code 收入：n笔 x元}, or {@code null}. */
	public static Sum sum(String line) {
		Matcher m = SUM.matcher(Cells.trim(line));
		if (!m.find()) {
			return null;
		}
		return new Sum(m.group(1), Integer.parseInt(m.group(2)), Amounts.parse(m.group(3)));
	}

	/**
	 * One summary line.
	 *
	 * @param label 收入, 支出, 中性交易, 不计收支, 其他, 已收入 …
	 * @param count n笔
	 * @param amount x元
	 */
	public record Sum(String label, int count, BigDecimal amount) {
	}

}
