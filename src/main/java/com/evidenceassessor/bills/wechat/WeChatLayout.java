package com.evidenceassessor.bills.wechat;

import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.bills.BillTransaction;
import com.evidenceassessor.bills.Direction;
import com.evidenceassessor.bills.read.CellLocator;
import com.evidenceassessor.bills.read.Cells;
import com.evidenceassessor.bills.read.DeclaredTotals;
import com.evidenceassessor.bills.read.HeaderMap;
import com.evidenceassessor.bills.read.Interner;
import com.evidenceassessor.bills.read.Preamble;
import com.evidenceassessor.bills.read.RowReader;
import com.evidenceassessor.bills.read.StatementBuilder;
import com.evidenceassessor.bills.read.Times;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * The layout shared by WeChat's 「用于个人对账」 CSV and XLSX exports: a preamble of labelled
 * lines (微信昵称, 起始时间/终止时间, 导出时间, 共N笔记录, 收入/支出/中性交易), a separator, the header row
 * {@code 交易时间,交易类型,…} and the rows. Rows arrive one at a time from the CSV or sheet
 * reader.
 */
public final class WeChatLayout {

	static final String TITLE = "微信支付账单明细";

	private static final int MAX_PREAMBLE_ROWS = 60;

	private static final String DIRECTION_EXPECTED = "收入, 支出 or / (中性交易)";

	private final StatementBuilder builder;

	private final CellLocator locator;

	private final DeclaredTotals declared = new DeclaredTotals();

	private final Interner interner;

	private boolean sawTitle;

	private boolean sawUtcNote;

	private int headerRow;

	private HeaderMap header;

	private RowReader cells;

	private int time;

	private int type;

	private int counterparty;

	private int goods;

	private int direction;

	private int amount;

	private int method;

	private int status;

	private int transactionId;

	private int merchantId;

	private int remark;

	public WeChatLayout(StatementBuilder builder, CellLocator locator) {
		this.builder = builder;
		this.locator = locator;
		this.interner = builder.interner();
	}

	/** The 1-based row of the header, 0 before it is seen. */
	public int headerRow() {
		return this.headerRow;
	}

	/** Whether the preamble carries the 2026 note 「本账单中所有时间均为UTC+08:00时间」. */
	public boolean sawUtcNote() {
		return this.sawUtcNote;
	}

	/** One physical row (CSV record or sheet row), 1-based. */
	public void row(int rowNumber, List<String> rowCells) {
		if (this.header != null) {
			if (!Cells.isBlank(rowCells)) {
				data(rowNumber, rowCells);
			}
			return;
		}
		preamble(rowNumber, rowCells);
	}

	/** Checks the file had what a WeChat bill has, once all rows are read. */
	public void finish(Location whole) {
		if (!this.sawTitle) {
			throw new InputException(whole, "no title line '" + TITLE + "'; expected a WeChat Pay bill export");
		}
		if (this.header == null) {
			throw new InputException(whole,
					"no header row '交易时间,交易类型,交易对方,…'; expected it after the 微信支付账单明细列表 separator");
		}
		this.builder.declared(this.declared.totals());
	}

	private void preamble(int rowNumber, List<String> rowCells) {
		String first = firstText(rowCells);
		if (!this.sawTitle) {
			if (first.isEmpty()) {
				return;
			}
			if (!first.contains(TITLE)) {
				throw new InputException(this.locator.row(rowNumber),
						"found '" + Cells.shorten(first) + "'; expected the title " + TITLE + " of a WeChat Pay bill");
			}
			this.sawTitle = true;
			return;
		}
		if ("交易时间".equals(HeaderMap.normalize(rowCells.isEmpty() ? "" : rowCells.get(0)))) {
			header(rowNumber, rowCells);
			return;
		}
		if (rowNumber > MAX_PREAMBLE_ROWS) {
			throw new InputException(this.locator.row(rowNumber), "no header row '交易时间,交易类型,…' in the first "
					+ MAX_PREAMBLE_ROWS + " rows; expected a WeChat Pay bill export");
		}
		label(rowNumber, Cells.joined(rowCells));
	}

	private void label(int rowNumber, String line) {
		Preamble.read(this.locator.row(rowNumber), line, this::labelOrFail);
	}

	private void labelOrFail(String line) {
		if (this.declared.accept(line)) {
			return;
		}
		String nickname = Preamble.value(line, "微信昵称");
		if (nickname != null) {
			this.builder.holderNickname(nickname);
			return;
		}
		String[] period = Preamble.period(line);
		if (period != null) {
			this.builder.period(Times.parse(period[0]), Times.parse(period[1]));
			return;
		}
		String exported = Preamble.value(line, "导出时间");
		if (exported != null) {
			this.builder.exportedAt(Times.parse(exported));
			return;
		}
		String scope = Preamble.value(line, "导出类型");
		if (scope != null) {
			this.builder.exportScope(scope);
			return;
		}
		if (line.contains("UTC+08:00")) {
			this.sawUtcNote = true;
		}
	}

	private void header(int rowNumber, List<String> rowCells) {
		this.headerRow = rowNumber;
		this.header = new HeaderMap(rowCells);
		Location at = this.locator.row(rowNumber);
		this.time = this.header.require("交易时间", at);
		this.type = this.header.require("交易类型", at);
		this.counterparty = this.header.require("交易对方", at);
		this.direction = this.header.require("收/支", at);
		this.amount = this.header.require("金额(元)", at);
		this.goods = this.header.indexOf("商品");
		this.method = this.header.indexOf("支付方式");
		this.status = this.header.indexOf("当前状态");
		this.transactionId = this.header.indexOf("交易单号");
		this.merchantId = this.header.indexOf("商户单号");
		this.remark = this.header.indexOf("备注");
		this.cells = new RowReader(this.locator, this.header, this.builder.limits().maxCellChars());
	}

	private void data(int rowNumber, List<String> rowCells) {
		List<String> fitted = fit(rowNumber, rowCells);
		RowReader row = this.cells.at(rowNumber, fitted);
		String goodsText = row.text(this.goods);
		String typeText = row.required(this.type, "a transaction type such as 商户消费 or 转账");
		BillTransaction transaction = new BillTransaction(0, rowNumber, row.time(this.time),
				this.interner.intern(typeText), this.interner.intern(row.text(this.counterparty)), null, goodsText,
				direction(row), row.amount(this.amount), this.interner.intern(row.text(this.method)),
				this.interner.intern(row.text(this.status)), row.text(this.transactionId), row.text(this.merchantId),
				this.interner.intern(row.text(this.remark)), WeChatNotes.of(goodsText));
		this.builder.add(transaction, this.locator.row(rowNumber));
	}

	private Direction direction(RowReader row) {
		return switch (Cells.trim(row.raw(this.direction))) {
			case "收入" -> Direction.INCOME;
			case "支出" -> Direction.EXPENSE;
			case "/", "其他" -> Direction.NEUTRAL;
			default -> throw row.fail(this.direction, DIRECTION_EXPECTED);
		};
	}

	/**
	 * Fits a row to the header: a row with more fields than the header — an unquoted
	 * ASCII comma inside 交易对方 ({@code WALMART HONG KONG CO.,LIMITED}) — gets the extra
	 * fields merged back into 交易对方 when that makes 收/支 and 金额 land in place; any other
	 * ragged row is an error.
	 */
	private List<String> fit(int rowNumber, List<String> rowCells) {
		int width = this.header.width();
		int size = Cells.lastNonBlank(rowCells) + 1;
		if (rowCells.size() < width) {
			throw ragged(rowNumber, rowCells.size(), width);
		}
		if (size <= width) {
			return rowCells;
		}
		int extra = size - width;
		if (this.counterparty < this.direction && isDirection(rowCells.get(this.direction + extra))) {
			List<String> merged = new ArrayList<>(rowCells.subList(0, this.counterparty));
			merged.add(String.join(",", rowCells.subList(this.counterparty, this.counterparty + extra + 1)));
			merged.addAll(rowCells.subList(this.counterparty + extra + 1, rowCells.size()));
			return merged;
		}
		throw ragged(rowNumber, size, width);
	}

	private InputException ragged(int rowNumber, int found, int width) {
		return new InputException(this.locator.row(rowNumber),
				"a row of " + found + " fields; expected " + width + " (" + String.join(",", headerNames(width)) + ")");
	}

	private List<String> headerNames(int width) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			names.add(this.header.name(i));
		}
		return names;
	}

	private static boolean isDirection(String cell) {
		String text = Cells.trim(cell);
		return "收入".equals(text) || "支出".equals(text) || "/".equals(text);
	}

	private static String firstText(List<String> rowCells) {
		for (String cell : rowCells) {
			String text = Cells.trim(cell);
			if (!text.isEmpty()) {
				return text;
			}
		}
		return "";
	}

}
