package com.evidenceassessor.bills.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import com.evidenceassessor.support.InputException;

/**
 * Reads the cells of one data row by column, turning any bad value into a located
 * {@link InputException} that says what was found and what was expected.
 */
public final class RowReader {

	private final CellLocator locator;

	private final HeaderMap header;

	private final int maxCellChars;

	private List<String> cells;

	private int row;

	public RowReader(CellLocator locator, HeaderMap header, int maxCellChars) {
		this.locator = locator;
		this.header = header;
		this.maxCellChars = maxCellChars;
	}

	public RowReader at(int rowNumber, List<String> rowCells) {
		this.row = rowNumber;
		this.cells = rowCells;
		return this;
	}

	public int row() {
		return this.row;
	}

	/**
	 * The raw text of a column, {@code ""} when the column is absent or the row short.
	 */
	public String raw(int column) {
		if (column < 0 || column >= this.cells.size()) {
			return "";
		}
		String text = this.cells.get(column);
		if (text != null && text.length() > this.maxCellChars) {
			throw new InputException(this.locator.cell(this.row, column, this.header.name(column)),
					"a cell of " + text.length() + " characters; expected at most " + this.maxCellChars);
		}
		return text == null ? "" : text;
	}

	/** The cleaned value, {@code null} for blank or {@code /}. */
	public String text(int column) {
		return Cells.value(raw(column));
	}

	public String required(int column, String expected) {
		String value = text(column);
		if (value == null) {
			throw fail(column, expected);
		}
		return value;
	}

	public LocalDateTime time(int column) {
		String value = raw(column);
		try {
			return Times.parse(value);
		}
		catch (ValueException ex) {
			throw fail(column, ex.expected());
		}
	}

	public BigDecimal amount(int column) {
		try {
			return Amounts.parse(raw(column));
		}
		catch (ValueException ex) {
			throw fail(column, ex.expected());
		}
	}

	/** A located error for this cell: found its text, expected the given description. */
	public InputException fail(int column, String expected) {
		String found = Cells.trim(raw(column));
		String shown = Cells.shorten(found);
		return new InputException(this.locator.cell(this.row, column, this.header.name(column)),
				"found '" + shown + "'; expected " + expected);
	}

}
