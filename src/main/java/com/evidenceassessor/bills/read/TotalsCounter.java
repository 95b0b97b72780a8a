package com.evidenceassessor.bills.read;

import java.math.BigDecimal;

import com.evidenceassessor.bills.BillTotals;
import com.evidenceassessor.bills.BillTransaction;

/** Adds up the rows of a bill as they are read. */
public final class TotalsCounter {

	private int count;

	private int incomeCount;

	private int expenseCount;

	private int neutralCount;

	private BigDecimal income = BigDecimal.ZERO.setScale(2);

	private BigDecimal expense = BigDecimal.ZERO.setScale(2);

	private BigDecimal neutral = BigDecimal.ZERO.setScale(2);

	public void add(BillTransaction transaction) {
		this.count++;
		switch (transaction.direction()) {
			case INCOME -> {
				this.incomeCount++;
				this.income = this.income.add(transaction.amount());
			}
			case EXPENSE -> {
				this.expenseCount++;
				this.expense = this.expense.add(transaction.amount());
			}
			case NEUTRAL -> {
				this.neutralCount++;
				this.neutral = this.neutral.add(transaction.amount());
			}
		}
	}

	public int count() {
		return this.count;
	}

	public BillTotals totals() {
		return new BillTotals(this.count, this.incomeCount, this.income, this.expenseCount, this.expense,
				this.neutralCount, this.neutral);
	}

}
