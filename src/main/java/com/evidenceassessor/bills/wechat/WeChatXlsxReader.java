package com.evidenceassessor.bills.wechat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import javax.xml.parsers.ParserConfigurationException;

import com.evidenceassessor.bills.BillFormat;
import com.evidenceassessor.bills.BillStatement;
import com.evidenceassessor.bills.read.CellLocator;
import com.evidenceassessor.bills.read.StatementBuilder;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * WeChat 「用于个人对账」 XLSX (W2: header row 17, amounts as text; W3: header row 18 after the
 * UTC+08:00 note, numeric amounts and times). Read on POI's streaming path only
 * (XSSFReader + XSSFSheetXMLHandler + ReadOnlySharedStringsTable): the sheet is never
 * held in memory, and POI's zip-bomb guard stays on.
 */
public final class WeChatXlsxReader {

	private WeChatXlsxReader() {
	}

	public static BillStatement read(StatementBuilder builder) {
		String file = builder.source().name();
		try (OPCPackage pkg = OPCPackage.open(builder.source().path().toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new InputException(Location.file(file),
						"a workbook without sheets; expected the WeChat bill in Sheet1");
			}
			try (InputStream sheet = sheets.next()) {
				String sheetName = sheets.getSheetName();
				WeChatLayout layout = new WeChatLayout(builder, CellLocator.sheet(file, sheetName));
				Rows rows = new Rows(layout, builder.limits().maxCellChars(), file, sheetName);
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(
						new XSSFSheetXMLHandler(styles, null, strings, rows, new RawValueFormatter(), false));
				parser.parse(new InputSource(sheet));
				layout.finish(Location.file(file).withField(sheetName));
				builder.format(layout.sawUtcNote() || layout.headerRow() >= 18 ? BillFormat.W3 : BillFormat.W2);
			}
			return builder.build();
		}
		catch (InputException ex) {
			throw ex;
		}
		catch (SAXException ex) {
			throw unwrapped(ex, file);
		}
		catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException ex) {
			throw damaged(file, ex);
		}
	}

	private static InputException unwrapped(SAXException ex, String file) {
		if (ex.getException() instanceof InputException input) {
			return input;
		}
		return damaged(file, ex);
	}

	static InputException damaged(String file, Exception ex) {
		if (String.valueOf(ex.getMessage()).contains("Zip bomb")) {
			return new InputException(Location.file(file), "a workbook whose content expands far more than a "
					+ "spreadsheet's does (stopped by the zip-bomb guard); expected the workbook as WeChat delivered it",
					ex);
		}
		return new InputException(Location.file(file),
				"a damaged or truncated .xlsx workbook (" + ex.getClass().getSimpleName() + ": " + ex.getMessage()
						+ "); expected the workbook as WeChat delivered it: download and unzip the bill again",
				ex);
	}

	/** Collects the cells of each sheet row and hands the row to the layout. */
	private static final class Rows implements SheetContentsHandler {

		private static final int MAX_COLUMNS = 64;

		private final WeChatLayout layout;

		private final int maxCellChars;

		private final String file;

		private final String sheetName;

		private String[] cells = new String[16];

		private int width;

		Rows(WeChatLayout layout, int maxCellChars, String file, String sheetName) {
			this.layout = layout;
			this.maxCellChars = maxCellChars;
			this.file = file;
			this.sheetName = sheetName;
		}

		@Override
		public void startRow(int rowNum) {
			Arrays.fill(this.cells, 0, this.width, "");
			this.width = 0;
		}

		@Override
		public void endRow(int rowNum) {
			int size = Math.max(this.width, 11);
			if (this.cells.length < size) {
				this.cells = Arrays.copyOf(this.cells, size);
			}
			for (int i = this.width; i < size; i++) {
				this.cells[i] = "";
			}
			this.width = size;
			this.layout.row(rowNum + 1, Arrays.asList(this.cells).subList(0, size));
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = column(cellReference);
			if (column >= MAX_COLUMNS) {
				return;
			}
			if (formattedValue != null && formattedValue.length() > this.maxCellChars) {
				throw new InputException(Location.file(this.file).withField(this.sheetName + "!" + cellReference),
						"a cell of " + formattedValue.length() + " characters; expected at most " + this.maxCellChars);
			}
			if (column >= this.cells.length) {
				this.cells = Arrays.copyOf(this.cells, Math.max(column + 1, this.cells.length * 2));
			}
			for (int i = this.width; i < column; i++) {
				this.cells[i] = "";
			}
			this.cells[column] = formattedValue == null ? "" : formattedValue;
			this.width = Math.max(this.width, column + 1);
		}

		private static int column(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length(); i++) {
				char c = reference.charAt(i);
				if (c < 'A' || c > 'Z') {
					break;
				}
				column = column * 26 + (c - 'A' + 1);
			}
			return column - 1;
		}

	}

}
