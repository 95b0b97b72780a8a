package com.evidenceassessor.bills.read;

import java.math.BigDecimal;

import com.evidenceassessor.bills.BillTotals;

/** Collects the summary lines of a bill (共N笔记录, 收入：n笔 x元 …) into declared totals. */
public final class DeclaredTotals {

	private Integer count;

	private Integer incomeCount;

	private BigDecimal incomeAmount;

	private Integer expenseCount;

	private BigDecimal expenseAmount;

	private Integer neutralCount;

	private BigDecimal neutralAmount;

	/** Reads the line if it is a summary line; returns whether it was one. */
	public boolean accept(String line) {
		Integer total = Preamble.count(line);
		if (total != null) {
			this.count = total;
			return true;
		}
		Preamble.Sum sum = Preamble.sum(line);
		if (sum == null) {
			return false;
		}
		switch (sum.label()) {
			case "收入", "已收入" -> {
				this.incomeCount = sum.count();
				this.incomeAmount = sum.amount();
			}
			case "支出", "已支出" -> {
				this.expenseCount = sum.count();
				this.expenseAmount = sum.amount();
			}
			case "中性交易", "不计收支", "其他" -> {
				this.neutralCount = sum.count();
				this.neutralAmount = sum.amount();
			}
			default -> {
				// 待收入 / 待支出 (web download): pending, not part of the rows' direction sums
			}
		}
		return true;
	}

	public BillTotals totals() {
		return new BillTotals(this.count, this.incomeCount, this.incomeAmount, this.expenseCount, this.expenseAmount,
				this.neutralCount, this.neutralAmount);
	}

}
