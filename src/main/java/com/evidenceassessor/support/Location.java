package com.evidenceassessor.support;

/**
 * Where in a user's input a problem sits. Every part is optional except the file; a part
 * that does not apply is {@code null} (or 0 for line and column).
 *
 * @param file the file as the user named it (relative to the folder they gave, where
 * possible)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param field a field path such as {@code items[2].custody.notarized}, a spreadsheet
 * cell such as {@code Sheet1!C18}, or a CSV record such as {@code row 21, column 交易时间}
 */
public record Location(String file, int line, int column, String field) {

	public static Location file(String file) {
		return new Location(file, 0, 0, null);
	}

	public static Location at(String file, int line, int column) {
		return new Location(file, line, column, null);
	}

	public Location withField(String newField) {
		return new Location(this.file, this.line, this.column, newField);
	}

	/** {@code cases/x/case.yaml:12:5 (items[0].kind)}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file == null ? "<input>" : this.file);
		if (this.line > 0) {
			text.append(':').append(this.line);
			if (this.column > 0) {
				text.append(':').append(this.column);
			}
		}
		if (this.field != null && !this.field.isBlank()) {
			text.append(" (").append(this.field).append(')');
		}
		return text.toString();
	}

}
