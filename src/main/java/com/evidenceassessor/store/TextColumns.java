package com.evidenceassessor.store;

/**
 * Pads text to a width in terminal columns, counting Chinese characters (and other wide
 * characters) as two, so tables line up in a terminal.
 */
final class TextColumns {

	private TextColumns() {
	}

	static String pad(String text, int columns) {
		int width = width(text);
		return (width >= columns) ? text : text + " ".repeat(columns - width);
	}

	static int width(String text) {
		return text.codePoints().map(TextColumns::width).sum();
	}

	private static int width(int c) {
		boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
				|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
				|| (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
		return wide ? 2 : 1;
	}

}
