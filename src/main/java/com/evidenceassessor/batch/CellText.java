package com.evidenceassessor.batch;

import com.evidenceassessor.reliability.SafeCells;

/**
 * Text for a spreadsheet or CSV cell that a spreadsheet program will never run as a
 * formula: text starting with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe (OWASP, "CSV injection"). Case files are written by people outside the firm
 * too (a client's chat export, an opponent's titles), so every text cell goes through
 * here, and from here through the one shared neutraliser, {@link SafeCells}.
 */
final class CellText {

	private CellText() {
	}

	static String safe(String text) {
		return SafeCells.text(text);
	}

}
