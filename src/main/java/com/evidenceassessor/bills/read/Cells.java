package com.evidenceassessor.bills.read;

/** Cleans the text of one cell the way every bill format needs. */
public final class Cells {

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
	public static String joined(java.util.List<String> cells) {
		int last = cells.size() - 1;
		while (last >= 0 && trim(cells.get(last)).isEmpty()) {
			last--;
		}
		if (last <= 0) {
			return last < 0 ? "" : trim(cells.get(0));
		}
		return trim(String.join(",", cells.subList(0, last + 1)));
	}

	private static boolean isPadding(char c) {
		return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\r' || c == '\n' || c == '\uFEFF';
	}

}
