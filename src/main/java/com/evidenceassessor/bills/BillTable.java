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
		out.println("笔数 count      " + pad(orDash(d.count()), 22) + " " + c.count());
		out.println("收入 income     " + pad(pair(d.incomeCount(), d.incomeAmount()), 22) + " "
				+ pair(c.incomeCount(), c.incomeAmount()));
		out.println("支出 expense    " + pad(pair(d.expenseCount(), d.expenseAmount()), 22) + " "
				+ pair(c.expenseCount(), c.expenseAmount()));
		out.println("中性 neutral    " + pad(pair(d.neutralCount(), d.neutralAmount()), 22) + " "
				+ pair(c.neutralCount(), c.neutralAmount()));
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
		out.println(pad("行", 7) + pad("交易时间", 20) + pad("类型", 19) + pad("交易对方", COUNTERPARTY_WIDTH + 1) + pad("收/支", 5)
				+ padLeft("金额", 12) + "  " + pad("状态", 13) + "备注 note");
		int shown = 0;
		for (BillTransaction t : rows) {
			if (limit > 0 && shown++ >= limit) {
				out.println("… " + (rows.size() - limit) + " more rows (use --limit 0 for all)");
				break;
			}
			out.println(pad(where(t), 7) + pad(time(t.time()), 20) + pad(cut(t.type(), 18), 19)
					+ pad(cut(t.counterparty(), COUNTERPARTY_WIDTH), COUNTERPARTY_WIDTH + 1)
					+ pad(direction(t.direction()), 5) + padLeft(money(t.amount()), 12) + "  "
					+ pad(cut(t.status(), 12), 13) + cut(t.note(), NOTE_WIDTH));
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

	/** Cuts a text to a terminal width (CJK characters take two columns). */
	private static String cut(String text, int width) {
		if (text == null) {
			return "";
		}
		if (columns(text) <= width) {
			return text;
		}
		StringBuilder cut = new StringBuilder();
		int used = 0;
		for (int i = 0; i < text.length(); i++) {
			int w = columns(text.charAt(i));
			if (used + w > width - 1) {
				break;
			}
			cut.append(text.charAt(i));
			used += w;
		}
		return cut.append('…').toString();
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(1, width - columns(text)));
	}

	private static String padLeft(String text, int width) {
		return " ".repeat(Math.max(0, width - columns(text))) + text;
	}

	static int columns(String text) {
		int columns = 0;
		for (int i = 0; i < text.length(); i++) {
			columns += columns(text.charAt(i));
		}
		return columns;
	}

	private static int columns(char c) {
		boolean wide = (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF')
				|| (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF')
				|| (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
				|| (c >= '\uFFE0' && c <= '\uFFE6');
		return wide ? 2 : 1;
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
