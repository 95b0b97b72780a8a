package com.evidenceassessor.bills.wechat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.evidenceassessor.bills.BillTransaction;
import com.evidenceassessor.bills.Direction;
import com.evidenceassessor.bills.read.CellLocator;
import com.evidenceassessor.bills.read.Cells;
import com.evidenceassessor.bills.read.HeaderMap;
import com.evidenceassessor.bills.read.Interner;
import com.evidenceassessor.bills.read.RowReader;
import com.evidenceassessor.bills.read.StatementBuilder;
import com.evidenceassessor.bills.read.Times;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * Reads the lines of a 《微信支付交易明细证明》: the top block of page 1 (编号, 兹证明 …, 交易明细对应时间段), the
 * 8-column table whose header appears on page 1 only, rows whose cells wrap over several
 * lines (a row starts on the line whose 交易时间 cell holds a date), and the closing 说明
 * block, which ends the table.
 */
final class WeChatProofLayout {

	static final String TITLE = "微信支付交易明细证明";

	static final String[] COLUMNS = { "交易单号", "交易时间", "交易类型", "收/支/其他", "交易方式", "金额(元)", "交易对方", "商户单号" };

	private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern PAGE_FOOTER = Pattern
		.compile("^(第\\s*\\d+\\s*页.*|\\d+\\s*/\\s*\\d+|-\\s*\\d+\\s*-|共\\s*\\d+\\s*页.*)$");

	private static final Pattern HOLDER = Pattern.compile(
			"兹证明[：:]\\s*(.+?)\\s*[（(]\\s*(?:居民)?身份证(?:号码?)?[：:]\\s*([^）)]+?)\\s*[）)]\\s*在其微信号[：:]\\s*(.+?)\\s*中的交易明细");

	private static final Pattern PERIOD = Pattern.compile(
			"交易明细对应时间段[：:]?\\s*(\\d{4}-\\d{2}-\\d{2})\\s*(\\d{2}:\\d{2}:\\d{2})\\s*至\\s*(\\d{4}-\\d{2}-\\d{2})\\s*(\\d{2}:\\d{2}:\\d{2})");

	private static final Pattern NUMBER = Pattern.compile("编号[：:]\\s*([0-9A-Za-z-]+)");

	private final StatementBuilder builder;

	private final String file;

	private final StringBuilder top = new StringBuilder();

	private final Interner interner;

	private float[] columnStarts;

	private HeaderMap header;

	private boolean ended;

	private Row open;

	private int pageRow;

	WeChatProofLayout(StatementBuilder builder) {
		this.builder = builder;
		this.file = builder.source().name();
		this.interner = builder.interner();
	}

	void page(int pageNumber, List<PdfGlyphs.Line> lines) {
		this.pageRow = 0;
		for (PdfGlyphs.Line line : lines) {
			if (this.ended) {
				return;
			}
			line(pageNumber, line);
		}
	}

	void finish() {
		flush();
		if (this.header == null) {
			checkPlatform();
			String start = this.top.length() > 80 ? this.top.substring(0, 80) + "…" : this.top.toString();
			throw new InputException(Location.file(this.file), "a PDF whose page 1 has no 交易明细 table header ("
					+ String.join(" | ", COLUMNS) + "); page 1 reads '" + start.replace('\n', ' ') + "'");
		}
	}

	private void line(int pageNumber, PdfGlyphs.Line line) {
		String text = Cells.trim(line.text());
		if (this.header == null) {
			if (isHeader(text)) {
				header(line);
			}
			else {
				this.top.append(text).append('\n');
			}
			return;
		}
		if (text.startsWith("说明")) {
			flush();
			this.ended = true;
			return;
		}
		if (text.isEmpty() || PAGE_FOOTER.matcher(text).matches() || isHeader(text)) {
			return;
		}
		tableLine(pageNumber, line);
	}

	private static boolean isHeader(String text) {
		return text.contains("交易单号") && text.contains("交易时间") && text.contains("金额");
	}

	private void header(PdfGlyphs.Line line) {
		checkTop();
		this.columnStarts = new float[COLUMNS.length];
		for (int i = 0; i < COLUMNS.length; i++) {
			float x = line.xOf(COLUMNS[i]);
			if (Float.isNaN(x) && i == 3) {
				x = line.xOf("收/支");
			}
			if (Float.isNaN(x)) {
				throw new InputException(Location.file(this.file).withField("page 1, table header"),
						"found '" + line.text() + "'; expected the columns " + String.join(" | ", COLUMNS));
			}
			this.columnStarts[i] = x;
		}
		this.header = new HeaderMap(Arrays.asList(COLUMNS));
	}

	private void checkTop() {
		String text = this.top.toString();
		checkPlatform();
		if (!text.contains(TITLE)) {
			throw new InputException(Location.file(this.file).withField("page 1"),
					"no title " + TITLE + " above the table; expected a WeChat Pay proof PDF");
		}
		String flat = text.replace("\n", "");
		Matcher number = NUMBER.matcher(flat);
		if (number.find()) {
			this.builder.documentNumber(number.group(1));
		}
		Matcher holder = HOLDER.matcher(flat);
		if (holder.find()) {
			this.builder.holderRealName(holder.group(1)).holderIdNumber(holder.group(2)).account(holder.group(3));
		}
		Matcher period = PERIOD.matcher(text.replace("\n", " "));
		if (period.find()) {
			this.builder.period(Times.parse(period.group(1) + " " + period.group(2)),
					Times.parse(period.group(3) + " " + period.group(4)));
		}
	}

	private void checkPlatform() {
		String text = this.top.toString();
		if (!text.contains(TITLE) && text.contains("支付宝")) {
			throw new InputException(Location.file(this.file).withField("page 1"),
					"an Alipay proof PDF (支付宝交易流水证明), which is not read; expected a WeChat Pay proof PDF, "
							+ "or give the Alipay 「用于个人对账」 CSV export of the same period");
		}
	}

	private void tableLine(int pageNumber, PdfGlyphs.Line line) {
		String[] parts = split(line);
		if (DATE.matcher(parts[1]).find()) {
			flush();
			this.pageRow++;
			this.open = new Row(pageNumber, this.pageRow);
		}
		if (this.open == null) {
			return;
		}
		this.open.append(parts);
	}

	private String[] split(PdfGlyphs.Line line) {
		StringBuilder[] cells = new StringBuilder[COLUMNS.length];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = new StringBuilder();
		}
		for (PdfGlyphs.Glyph glyph : line.glyphs()) {
			cells[columnOf(glyph.x() + glyph.width() / 2)].append(glyph.text());
		}
		String[] parts = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			parts[i] = Cells.trim(cells[i].toString());
		}
		return parts;
	}

	private int columnOf(float x) {
		int column = 0;
		for (int i = 1; i < this.columnStarts.length; i++) {
			if (x >= this.columnStarts[i] - 2f) {
				column = i;
			}
		}
		return column;
	}

	private void flush() {
		if (this.open == null) {
			return;
		}
		Row row = this.open;
		this.open = null;
		int pageNumber = row.page;
		CellLocator locator = locator(pageNumber);
		RowReader cells = new RowReader(locator, this.header, this.builder.limits().maxCellChars()).at(row.number,
				row.cells());
		BillTransaction transaction = new BillTransaction(pageNumber, row.number, cells.time(1),
				this.interner.intern(cells.required(2, "a transaction type such as 转账")),
				this.interner.intern(cells.text(6)), null, null, direction(cells), cells.amount(5),
				this.interner.intern(cells.text(4)), null, cells.text(0), cells.text(7), null, null);
		this.builder.add(transaction, locator.row(row.number));
	}

	private static Direction direction(RowReader cells) {
		return switch (Cells.trim(cells.raw(3))) {
			case "收入" -> Direction.INCOME;
			case "支出" -> Direction.EXPENSE;
			case "其他", "/" -> Direction.NEUTRAL;
			default -> throw cells.fail(3, "收入, 支出 or 其他");
		};
	}

	private CellLocator locator(int pageNumber) {
		String file = this.file;
		return new CellLocator() {
			@Override
			public Location row(int row) {
				return new Location(file, 0, 0, "page " + pageNumber + ", table row " + row);
			}

			@Override
			public Location cell(int row, int column, String columnName) {
				return new Location(file, 0, 0, "page " + pageNumber + ", table row " + row + ", column " + columnName);
			}
		};
	}

	/** A table row being assembled from its wrapped lines. */
	private static final class Row {

		private final int page;

		private final int number;

		private final StringBuilder[] cells = new StringBuilder[COLUMNS.length];

		Row(int page, int number) {
			this.page = page;
			this.number = number;
			for (int i = 0; i < this.cells.length; i++) {
				this.cells[i] = new StringBuilder();
			}
		}

		void append(String[] parts) {
			for (int i = 0; i < parts.length; i++) {
				if (parts[i].isEmpty()) {
					continue;
				}
				if (i == 1 && this.cells[i].length() > 0) {
					this.cells[i].append(' ');
				}
				this.cells[i].append(parts[i]);
			}
		}

		List<String> cells() {
			List<String> values = new ArrayList<>(this.cells.length);
			for (StringBuilder cell : this.cells) {
				values.add(cell.toString());
			}
			return values;
		}

	}

}
