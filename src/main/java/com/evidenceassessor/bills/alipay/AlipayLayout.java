package com.evidenceassessor.bills.alipay;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.evidenceassessor.bills.BillFormat;
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
 * The Alipay CSV layouts: A2 (导出信息 block, then the 电子客户回单 banner, header, rows), A1
 * (banner, header, rows, dashed line, 导出信息 block) and A3 (web download: title, 账号,
 * period, separator, header, rows, dashed line, totals and 导出时间/用户). One state machine
 * reads all three: labelled lines before and after the rows, the header found by its
 * first column.
 */
final class AlipayLayout {

	private static final int MAX_PREAMBLE_ROWS = 60;

	private static final Pattern USER = Pattern.compile("用户[：:]\\s*(.+)$");

	private static final String DIRECTION_EXPECTED = "收入, 支出, 不计收支, 其他 or empty";

	private final StatementBuilder builder;

	private final CellLocator locator;

	private final DeclaredTotals declared = new DeclaredTotals();

	private final Interner interner;

	private HeaderMap header;

	private AlipayColumns columns;

	private RowReader cells;

	private boolean footer;

	AlipayLayout(StatementBuilder builder, CellLocator locator) {
		this.builder = builder;
		this.locator = locator;
		this.interner = builder.interner();
	}

	void row(int rowNumber, List<String> rowCells) {
		String first = rowCells.isEmpty() ? "" : Cells.trim(rowCells.get(0));
		if (this.header == null) {
			if (isHeader(first, rowCells)) {
				header(rowNumber, rowCells);
				return;
			}
			if (rowNumber > MAX_PREAMBLE_ROWS) {
				throw new InputException(this.locator.row(rowNumber),
						"no header row (交易时间,交易分类,… / 收/支,交易对方,… / 交易号,商家订单号,…) in the first " + MAX_PREAMBLE_ROWS
								+ " lines; expected an Alipay bill export");
			}
			label(rowNumber, Cells.joined(rowCells));
			return;
		}
		if (this.footer) {
			label(rowNumber, Cells.joined(rowCells));
			return;
		}
		if (first.startsWith("---")) {
			this.footer = true;
			return;
		}
		if (!Cells.isBlank(rowCells)) {
			data(rowNumber, rowCells);
		}
	}

	void finish(Location whole) {
		if (this.header == null) {
			throw new InputException(whole, "no header row; expected an Alipay bill export with 交易时间,交易分类,… "
					+ "(app) or 交易号,商家订单号,… (web download)");
		}
		this.builder.declared(this.declared.totals());
	}

	private static boolean isHeader(String first, List<String> rowCells) {
		String name = HeaderMap.normalize(first);
		if (!"交易时间".equals(name) && !"收/支".equals(name) && !"交易号".equals(name)) {
			return false;
		}
		for (String cell : rowCells) {
			if (HeaderMap.normalize(cell).startsWith("金额")) {
				return true;
			}
		}
		return false;
	}

	private void header(int rowNumber, List<String> rowCells) {
		this.header = new HeaderMap(rowCells);
		this.columns = AlipayColumns.of(this.header, this.locator.row(rowNumber));
		this.cells = new RowReader(this.locator, this.header, this.builder.limits().maxCellChars());
		String first = this.header.name(0);
		this.builder
			.format("收/支".equals(first) ? BillFormat.A1 : ("交易号".equals(first) ? BillFormat.A3 : BillFormat.A2));
	}

	private void label(int rowNumber, String line) {
		if (!line.isEmpty()) {
			Preamble.read(this.locator.row(rowNumber), line, this::labelOrFail);
		}
	}

	private void labelOrFail(String line) {
		if (this.declared.accept(line)) {
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
			Matcher user = USER.matcher(line);
			if (user.find()) {
				this.builder.holderRealName(Cells.value(user.group(1)));
			}
			return;
		}
		simpleLabel(line);
	}

	private void simpleLabel(String line) {
		String name = Preamble.value(line, "姓名");
		if (name != null) {
			this.builder.holderRealName(name);
			return;
		}
		String account = Preamble.value(line, "支付宝账户");
		if (account == null) {
			account = Preamble.value(line, "账号");
		}
		if (account != null) {
			this.builder.account(account);
			return;
		}
		String scope = Preamble.value(line, "导出交易类型");
		if (scope != null) {
			this.builder.exportScope(scope);
		}
	}

	private void data(int rowNumber, List<String> rowCells) {
		int width = this.header.width();
		if (rowCells.size() < width) {
			throw ragged(rowNumber, rowCells.size(), width);
		}
		for (int i = width; i < rowCells.size(); i++) {
			if (!Cells.trim(rowCells.get(i)).isEmpty()) {
				throw ragged(rowNumber, i + 1, width);
			}
		}
		RowReader row = this.cells.at(rowNumber, rowCells);
		AlipayColumns c = this.columns;
		String type = this.interner.intern(row.text(c.type()));
		String goods = row.text(c.goods());
		BillTransaction transaction = new BillTransaction(0, rowNumber, row.time(c.time()), type,
				this.interner.intern(row.text(c.counterparty())),
				this.interner.intern(row.text(c.counterpartyAccount())), goods, direction(row), row.amount(c.amount()),
				this.interner.intern(row.text(c.method())), this.interner.intern(row.text(c.status())),
				row.text(c.transactionId()), row.text(c.merchantId()), row.text(c.remark()), note(type, goods));
		this.builder.add(transaction, this.locator.row(rowNumber));
	}

	private Direction direction(RowReader row) {
		String text = Cells.trim(row.raw(this.columns.direction()));
		return switch (text) {
			case "收入" -> Direction.INCOME;
			case "支出" -> Direction.EXPENSE;
			case "不计收支", "其他", "/" -> Direction.NEUTRAL;
			case "" -> fromFundStatus(row);
			default -> throw row.fail(this.columns.direction(), DIRECTION_EXPECTED);
		};
	}

	/**
	 * The web download leaves 收/支 empty on some rows; 资金状态 then says which way it went.
	 */
	private Direction fromFundStatus(RowReader row) {
		String fund = row.text(this.columns.fundStatus());
		if ("已收入".equals(fund)) {
			return Direction.INCOME;
		}
		if ("已支出".equals(fund)) {
			return Direction.EXPENSE;
		}
		return Direction.NEUTRAL;
	}

	/** On 转账红包 rows 商品说明 carries the payer's note; {@code 转账} is the default. */
	private static String note(String type, String goods) {
		if (!"转账红包".equals(type) || goods == null || "转账".equals(goods)) {
			return null;
		}
		return goods;
	}

	private InputException ragged(int rowNumber, int found, int width) {
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < width; i++) {
			names.append(i == 0 ? "" : ",").append(this.header.name(i));
		}
		return new InputException(this.locator.row(rowNumber),
				"a row of " + found + " fields; expected " + width + " (" + names + ")");
	}

}
