package com.evidenceassessor.reliability;

/**
 * Text for a spreadsheet or CSV cell that a spreadsheet program cannot run: text starting
 * with {@code = + - @}, a tab or a carriage return would be read as a formula (and could
 * fetch a URL or start a program when the file is opened), so it gets a leading
 * apostrophe and stays text. The one place every spreadsheet and CSV the program writes
 * neutralises its cells.
 */
public final class SafeCells {

	private SafeCells() {
	}

	/** The text, neutralised; {@code ""} for {@code null}. */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return (value == null) ? "" : value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

}
