package com.evidenceassessor.batch;

/**
 * Text for a spreadsheet or CSV cell that a spreadsheet program will never run as a
 * formula: text starting with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe (OWASP, "CSV injection"). Case files are written by people outside the firm
 * too (a client's chat export, an opponent's titles), so every text cell goes through
 * here.
 */
final class CellText {

	private static final String TRIGGERS = "=+-@\t\r";

	private CellText() {
	}

	static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return (TRIGGERS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
