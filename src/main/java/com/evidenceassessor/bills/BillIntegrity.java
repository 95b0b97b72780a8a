package com.evidenceassessor.bills;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares what a bill declares (共N笔记录, 收入/支出/中性 counts and sums) with what its rows add
 * up to. A mismatch is a sign of editing after export.
 */
public final class BillIntegrity {

	private BillIntegrity() {
	}

	public static List<BillMismatch> mismatches(BillStatement statement) {
		BillTotals declared = statement.declared();
		BillTotals counted = statement.counted();
		boolean caveat = statement.platform() == Platform.ALIPAY;
		List<BillMismatch> found = new ArrayList<>();
		count(found, "count", "共N笔记录", declared.count(), counted.count());
		count(found, "incomeCount", "收入笔数", declared.incomeCount(), counted.incomeCount());
		amount(found, "incomeAmount", "收入金额", declared.incomeAmount(), counted.incomeAmount(), caveat);
		count(found, "expenseCount", "支出笔数", declared.expenseCount(), counted.expenseCount());
		amount(found, "expenseAmount", "支出金额", declared.expenseAmount(), counted.expenseAmount(), caveat);
		count(found, "neutralCount", neutralLabel(statement), declared.neutralCount(), counted.neutralCount());
		amount(found, "neutralAmount", neutralLabel(statement) + "金额", declared.neutralAmount(),
				counted.neutralAmount(), caveat);
		return List.copyOf(found);
	}

	private static String neutralLabel(BillStatement statement) {
		return switch (statement.format()) {
			case A1 -> "其他";
			case A2, A3 -> "不计收支";
			default -> "中性交易";
		};
	}

	private static void count(List<BillMismatch> found, String field, String label, Integer declared, Integer counted) {
		if (declared != null && !Objects.equals(declared, counted)) {
			found.add(new BillMismatch(field, label, declared.toString(), String.valueOf(counted), false));
		}
	}

	private static void amount(List<BillMismatch> found, String field, String label, BigDecimal declared,
			BigDecimal counted, boolean caveat) {
		if (declared != null && (counted == null || declared.compareTo(counted) != 0)) {
			found.add(new BillMismatch(field, label, declared.toPlainString(),
					counted == null ? "—" : counted.toPlainString(), caveat));
		}
	}

}
