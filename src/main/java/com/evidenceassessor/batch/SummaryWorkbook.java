package com.evidenceassessor.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.batch.SummaryColumns.Bilingual;
import com.evidenceassessor.batch.SummaryColumns.Column;
import com.evidenceassessor.report.Labels;
import com.evidenceassessor.report.Lang;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The summary spreadsheet, streamed (POI SXSSF: a window of rows in memory, the rest on
 * disk): a sheet of cases, a sheet of items, a sheet of skipped cases. Levels are
 * coloured, the header row is frozen and filtered, text is neutralised against formula
 * injection, and the report column links to each case's HTML report. A sheet that reaches
 * Excel's row limit continues on a new sheet.
 */
final class SummaryWorkbook implements AutoCloseable {

	private static final int WINDOW = 200;

	private static final Map<Level, String[]> LEVEL_COLOURS = Map.of(Level.LOW, new String[] { "C6EFCE", "006100" },
			Level.MEDIUM, new String[] { "FFEB9C", "9C5700" }, Level.HIGH, new String[] { "FFC7CE", "9C0006" },
			Level.EXCLUDED, new String[] { "E4D0EF", "5F2A7A" });

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final Lang lang;

	private final CellStyle header;

	/**
	 * Set on every cell without a style of its own: SXSSF otherwise looks up the column's
	 * default style for each cell it writes.
	 */
	private final CellStyle plain;

	private final Map<Level, CellStyle> levels = new EnumMap<>(Level.class);

	private final CellStyle link;

	SummaryWorkbook(Lang lang) {
		this.lang = lang;
		this.plain = this.workbook.createCellStyle();
		this.header = headerStyle();
		for (Level level : Level.values()) {
			this.levels.put(level, levelStyle(LEVEL_COLOURS.get(level)));
		}
		this.link = linkStyle();
	}

	/** A sheet fed row by row. */
	<T> SheetWriter<T> sheet(String zh, String en, List<Column<T>> columns) {
		return new SheetWriter<>(this.lang.pick(zh, en), columns);
	}

	/** Writes the workbook to {@code file}. */
	void save(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			this.workbook.write(out);
		}
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	final class SheetWriter<T> {

		private final String name;

		private final List<Column<T>> columns;

		private SXSSFSheet sheet;

		private int part;

		private int next;

		SheetWriter(String name, List<Column<T>> columns) {
			this.name = name;
			this.columns = columns;
			newSheet();
		}

		void add(T row) {
			if (this.next > SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
				finish();
				newSheet();
			}
			Row cells = this.sheet.createRow(this.next++);
			for (int i = 0; i < this.columns.size(); i++) {
				Object value = this.columns.get(i).value().apply(row);
				Cell cell = cells.createCell(i);
				cell.setCellStyle(SummaryWorkbook.this.plain);
				put(cell, value, this.columns.get(i));
			}
		}

		/** Turns the filter on over the rows written. */
		void finish() {
			int last = Math.max(this.next - 1, 1);
			this.sheet.setAutoFilter(new CellRangeAddress(0, last, 0, this.columns.size() - 1));
		}

		private void newSheet() {
			this.part++;
			this.sheet = SummaryWorkbook.this.workbook
				.createSheet((this.part == 1) ? this.name : this.name + " (" + this.part + ")");
			Row row = this.sheet.createRow(0);
			for (int i = 0; i < this.columns.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(this.columns.get(i).header(SummaryWorkbook.this.lang));
				cell.setCellStyle(SummaryWorkbook.this.header);
				this.sheet.setColumnWidth(i, this.columns.get(i).width() * 256);
			}
			this.sheet.createFreezePane(0, 1);
			this.next = 1;
		}

		private void put(Cell cell, Object value, Column<T> column) {
			if (value == null) {
				return;
			}
			if (value instanceof Integer number) {
				cell.setCellValue(number);
			}
			else if (value instanceof Level level) {
				cell.setCellValue(Labels.of(level, SummaryWorkbook.this.lang));
				cell.setCellStyle(SummaryWorkbook.this.levels.get(level));
			}
			else if (value instanceof Boolean flag) {
				cell.setCellValue(SummaryWorkbook.this.lang.pick(flag ? "是" : "否", flag ? "yes" : "no"));
			}
			else if (value instanceof Bilingual words) {
				cell.setCellValue(words.in(SummaryWorkbook.this.lang));
			}
			else {
				String text = CellText.safe(value.toString());
				cell.setCellValue(text);
				if (column.en().equals("Report")) {
					link(cell, value.toString());
				}
			}
		}

	}

	/**
	 * Links a cell to a file by its path relative to the workbook, percent-encoded so
	 * folder names with spaces, {@code #} or Chinese make a valid address.
	 */
	private void link(Cell cell, String relativePath) {
		String address;
		try {
			address = new URI(null, null, relativePath, null).toASCIIString();
		}
		catch (URISyntaxException ex) {
			return;
		}
		Hyperlink hyperlink = this.workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
		hyperlink.setAddress(address);
		cell.setHyperlink(hyperlink);
		cell.setCellStyle(this.link);
	}

	private CellStyle headerStyle() {
		XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setBold(true);
		style.setFont(font);
		style.setFillForegroundColor(new XSSFColor(rgb("D9E1F2"), null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setWrapText(true);
		return style;
	}

	private CellStyle levelStyle(String[] colours) {
		XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
		style.setFillForegroundColor(new XSSFColor(rgb(colours[0]), null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		XSSFFont font = (XSSFFont) this.workbook.createFont();
		font.setColor(new XSSFColor(rgb(colours[1]), null));
		style.setFont(font);
		return style;
	}

	private CellStyle linkStyle() {
		CellStyle style = this.workbook.createCellStyle();
		XSSFFont font = (XSSFFont) this.workbook.createFont();
		font.setUnderline(Font.U_SINGLE);
		font.setColor(new XSSFColor(rgb("0563C1"), null));
		style.setFont(font);
		return style;
	}

	private static byte[] rgb(String hex) {
		return java.util.HexFormat.of().parseHex(hex);
	}

}
