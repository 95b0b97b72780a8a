package com.evidenceassessor.bills.read;

import com.evidenceassessor.support.Location;

/**
 * Names a place in a bill the way its file type does: CSV line and column, or a sheet
 * cell.
 */
public interface CellLocator {

	/** The row as a whole. */
	Location row(int row);

	/** One cell of a row, by 0-based column and its header name. */
	Location cell(int row, int column, String columnName);

	/** CSV: {@code line 18, column 金额(元)}. */
	static CellLocator csv(String file) {
		return new CellLocator() {
			@Override
			public Location row(int row) {
				return new Location(file, row, 0, null);
			}

			@Override
			public Location cell(int row, int column, String columnName) {
				return new Location(file, row, 0, "column " + (column + 1) + " " + columnName);
			}
		};
	}

	/** XLSX: {@code Sheet1!F19 金额(元)}. */
	static CellLocator sheet(String file, String sheetName) {
		return new CellLocator() {
			@Override
			public Location row(int row) {
				return new Location(file, 0, 0, sheetName + " row " + row);
			}

			@Override
			public Location cell(int row, int column, String columnName) {
				return new Location(file, 0, 0, sheetName + "!" + columnLetters(column) + row + " " + columnName);
			}
		};
	}

	static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder();
		int n = column + 1;
		while (n > 0) {
			int rem = (n - 1) % 26;
			letters.insert(0, (char) ('A' + rem));
			n = (n - 1) / 26;
		}
		return letters.toString();
	}

}
