package com.evidenceassessor.bills;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The human-readable form of a {@link BillStatement} for the terminal: what was detected,
 * whose bill it is, the period, declared vs counted totals with any mismatch, then the
 * rows as a table (Chinese labels, as the bill has them).
 */
final class BillTable {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int COUNTERPARTY_WIDTH = 16;

	private static final int NOTE_WIDTH = 16;

	private BillTable() {
	}

	static void print(BillStatement s, PrintWriter out, int limit) {
		out.println("文件 file:        " + s.sourceFile() + "  (sha256 " + s.sha256().substring(0, 16) + "…)");
		out.println("格式 format:      " + s.format().code() + " " + s.format().chineseName());
		out.println("平台 platform:    " + s.platform().chineseName() + " (" + s.platform() + ")");
		out.println("用途 purpose:     " + s.purpose().chineseName() + " (" + s.purpose() + ")");
		out.println("持有人 holder:    " + holder(s));
		out.println("期间 period:      " + time(s.periodStart()) + " 至 " + time(s.periodEnd()));
		if (s.exportedAt() != null) {
			out.println("导出时间 exported: " + time(s.exportedAt()));
		}
		totals(s, out);
		rows(s.transactions(), out, limit);
		out.flush();
	}

	private static String holder(BillStatement s) {
		StringBuilder text = new StringBuilder();
		append(text, "昵称 ", s.holderNickname());
		append(text, "姓名 ", s.holderRealName());
		append(text, "身份证 ", s.holderIdNumber());
		append(text, "账号 ", s.account());
		append(text, "编号 ", s.documentNumber());
		return text.length() == 0 ? "(未载明 not stated)" : text.toString();
	}

	private static void append(StringBuilder text, String label, String value) {
		if (value != null) {
			text.append(text.length() == 0 ? "" : "  ").append(label).append(value);
		}
	}

	private static void totals(BillStatement s, PrintWriter out) {
		BillTotals d = s.declared();
		BillTotals c = s.counted();
		out.println();
		out.println("               声明 declared           逐行合计 counted");
		out.printf("笔数 count      %-22s %s%n", orDash(d.count()), c.count());
		out.printf("收入 income     %-22s %s%n", pair(d.incomeCount(), d.incomeAmount()),
				pair(c.incomeCount(), c.incomeAmount()));
		out.printf("支出 expense    %-22s %s%n", pair(d.expenseCount(), d.expenseAmount()),
				pair(c.expenseCount(), c.expenseAmount()));
		out.printf("中性 neutral    %-22s %s%n", pair(d.neutralCount(), d.neutralAmount()),
				pair(c.neutralCount(), c.neutralAmount()));
		List<BillMismatch> mismatches = s.mismatches();
		if (d.isEmpty()) {
			out.println("核对 check: 该格式未声明合计 (the format declares no totals)");
		}
		else if (mismatches.isEmpty()) {
			out.println("核对 check: 声明合计与逐行合计一致 (declared totals match the rows)");
		}
		else {
			out.println("核对 check: 不一致，文件可能被修改 (MISMATCH: the file may have been edited)");
			for (BillMismatch m : mismatches) {
				out.println("  - " + m.describe());
			}
		}
		out.println();
	}

	private static void rows(List<BillTransaction> rows, PrintWriter out, int limit) {
		out.printf("%-6s %-19s %-12s %-" + COUNTERPARTY_WIDTH + "s %-4s %12s  %-10s %s%n", "行", "交易时间", "类型", "交易对方",
				"收/支", "金额", "状态", "备注 note");
		int shown = 0;
		for (BillTransaction t : rows) {
			if (limit > 0 && shown++ >= limit) {
				out.println("… " + (rows.size() - limit) + " more rows (use --limit 0 for all)");
				break;
			}
			out.printf("%-6s %-19s %-12s %-" + COUNTERPARTY_WIDTH + "s %-4s %12s  %-10s %s%n", where(t), time(t.time()),
					cut(t.type(), 12), cut(t.counterparty(), COUNTERPARTY_WIDTH), direction(t.direction()),
					money(t.amount()), cut(t.status(), 10), cut(t.note(), NOTE_WIDTH));
		}
	}

	private static String where(BillTransaction t) {
		return t.page() > 0 ? t.page() + "/" + t.row() : String.valueOf(t.row());
	}

	private static String direction(Direction d) {
		return switch (d) {
			case INCOME -> "收入";
			case EXPENSE -> "支出";
			case NEUTRAL -> "中性";
		};
	}

	private static String cut(String text, int width) {
		if (text == null) {
			return "";
		}
		return text.length() > width ? text.substring(0, width - 1) + "…" : text;
	}

	private static String money(BigDecimal amount) {
		return String.format("%,.2f", amount);
	}

	private static String pair(Integer count, BigDecimal amount) {
		if (count == null && amount == null) {
			return "—";
		}
		return orDash(count) + "笔 " + (amount == null ? "—" : amount.toPlainString()) + "元";
	}

	private static String orDash(Integer value) {
		return value == null ? "—" : value.toString();
	}

	private static String time(java.time.LocalDateTime value) {
		return value == null ? "—" : TIME.format(value);
	}

}
