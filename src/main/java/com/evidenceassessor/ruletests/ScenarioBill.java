package com.evidenceassessor.ruletests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.bills.BillFormat;
import com.evidenceassessor.bills.BillStatement;
import com.evidenceassessor.bills.BillTotals;
import com.evidenceassessor.bills.BillTransaction;
import com.evidenceassessor.bills.Direction;
import com.evidenceassessor.bills.read.TotalsCounter;

/**
 * A payment bill in a scenario, given by what matters to the rules instead of a file:
 *
 * <pre>
 * bills:
 *   - format: W4                 # W1, W1b, W2, W3, W4, A1, A2, A3
 *     item: E1                   # the bill item listing it; omitted: an item B1 is added
 *     periodStart: "2024-01-01T00:00:00"
 *     periodEnd: "2024-12-31T23:59:59"
 *     declared: { count: 2 }     # the totals the bill states (omitted: none)
 *     rows:
 *       - { time: "2024-03-08T09:12:31", type: 转账, counterparty: 李强, direction: expense,
 *           amount: 50000, status: 对方已收钱, note: 借款 }
 * </pre>
 *
 * @param format the format code
 * @param file the file name, relative to the case folder (default
 * {@code bills/bill-N.csv})
 * @param item the id of the {@code bill} item that lists it, or {@code null}
 * @param periodStart the period start
 * @param periodEnd the period end
 * @param declared the declared totals, or {@code null}
 * @param rows the rows
 */
public record ScenarioBill(String format, String file, String item, LocalDateTime periodStart, LocalDateTime periodEnd,
		BillTotals declared, List<Row> rows) {

	public ScenarioBill {
		rows = (rows != null) ? List.copyOf(rows) : List.of();
	}

	/**
	 * One row of a scenario bill.
	 *
	 * @param time the time
	 * @param type 交易类型
	 * @param counterparty 交易对方
	 * @param direction income, expense or neutral
	 * @param amount the amount
	 * @param status the status
	 * @param note the payer's note
	 */
	public record Row(LocalDateTime time, String type, String counterparty, Direction direction, BigDecimal amount,
			String status, String note) {

	}

	/** The statement the reader would have produced. */
	BillStatement statement(int index) {
		BillFormat billFormat = format(this.format);
		List<BillTransaction> transactions = new ArrayList<>();
		TotalsCounter counter = new TotalsCounter();
		for (int i = 0; i < this.rows.size(); i++) {
			Row r = this.rows.get(i);
			if (r == null || r.time() == null || r.direction() == null || r.amount() == null) {
				throw new IllegalArgumentException(
						"bills[" + index + "].rows[" + i + "]: a row needs time, direction and amount");
			}
			BillTransaction t = new BillTransaction(0, i + 1, r.time(), r.type(), r.counterparty(), null, null,
					r.direction(), r.amount().setScale(2, RoundingMode.HALF_UP), null, r.status(), "T" + (i + 1), null,
					null, r.note());
			counter.add(t);
			transactions.add(t);
		}
		String hash = String.format("%064d", index + 1);
		return new BillStatement("bill-scenario" + (index + 1), file(index), hash, billFormat, null, null, null, null,
				null, this.periodStart, this.periodEnd, null, "全部",
				this.declared != null ? this.declared : BillTotals.none(), counter.totals(), transactions);
	}

	String file(int index) {
		return this.file != null ? this.file : "bills/bill-" + (index + 1) + ".csv";
	}

	private static BillFormat format(String code) {
		for (BillFormat candidate : BillFormat.values()) {
			if (candidate.code().equalsIgnoreCase(code)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException(
				"bills[].format: found '" + code + "'; expected W1, W1b, W2, W3, W4, A1, A2 or A3");
	}

}
