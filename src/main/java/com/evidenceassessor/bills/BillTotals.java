package com.evidenceassessor.bills;

import java.math.BigDecimal;

/**
 * Record count and per-direction counts and sums of a bill. Declared totals hold
 * {@code null} for what the format does not state; counted totals are always complete.
 *
 * @param count 共N笔记录
 * @param incomeCount 收入 n笔
 * @param incomeAmount 收入 … 元
 * @param expenseCount 支出 n笔
 * @param expenseAmount 支出 … 元
 * @param neutralCount 中性交易 / 不计收支 / 其他 n笔
 * @param neutralAmount 中性交易 / 不计收支 / 其他 … 元
 */
public record BillTotals(Integer count, Integer incomeCount, BigDecimal incomeAmount, Integer expenseCount,
		BigDecimal expenseAmount, Integer neutralCount, BigDecimal neutralAmount) {

	/** Totals of a format that declares nothing. */
	public static BillTotals none() {
		return new BillTotals(null, null, null, null, null, null, null);
	}

	/** Whether the format declared anything at all. */
	public boolean isEmpty() {
		return this.count == null && this.incomeCount == null && this.incomeAmount == null && this.expenseCount == null
				&& this.expenseAmount == null && this.neutralCount == null && this.neutralAmount == null;
	}

}
