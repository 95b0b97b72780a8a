package com.evidenceassessor.bills.read;

import java.util.List;

/** Cleans the text of one cell the way every bill format needs. */
public final class Cells {

	private static final int MAX_SHOWN = 60;

	private Cells() {
	}

	/**
	 * Trims spaces, TABs, no-break and ideographic spaces (padding, Excel's text-forcing
	 * TAB after ids); {@code ""} when nothing is left.
	 */
	public static String trim(String text) {
		if (text == null) {
			return "";
		}
		int start = 0;
		int end = text.length();
		while (start < end && isPadding(text.charAt(start))) {
			start++;
		}
		while (end > start && isPadding(text.charAt(end - 1))) {
			end--;
		}
		return (start == 0 && end == text.length()) ? text : text.substring(start, end);
	}

	/**
	 * {@link #trim(String)}, then {@code null} for an empty cell or a {@code /}
	 * placeholder.
	 */
	public static String value(String text) {
		String trimmed = trim(text);
		return (trimmed.isEmpty() || "/".equals(trimmed)) ? null : trimmed;
	}

	/**
	 * A preamble line split by the CSV reader at its commas, joined back ({@code 收入：3笔,
	 * 12.00元}), without the trailing empty cells WeChat pads with.
	 */
	public static String joined(List<String> cells) {
		int last = lastNonBlank(cells);
		if (last <= 0) {
			return last < 0 ? "" : trim(cells.get(0));
		}
		return trim(String.join(",", cells.subList(0, last + 1)));
	}

	/** The index of the last cell with text after trimming, -1 when all are blank. */
	public static int lastNonBlank(List<String> cells) {
		for (int i = cells.size() - 1; i >= 0; i--) {
			if (!trim(cells.get(i)).isEmpty()) {
				return i;
			}
		}
		return -1;
	}

	/** Every cell is blank after trimming (an empty line, or commas only). */
	public static boolean isBlank(List<String> cells) {
		return lastNonBlank(cells) < 0;
	}

	/** A text as quoted in a message: at most 60 characters. */
	public static String shorten(String text) {
		return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
	}

	private static boolean isPadding(char c) {
		return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\r' || c == '\n' || c == '\uFEFF';
	}

}
