package com.evidenceassessor.bills.read;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.evidenceassessor.bills.BillFormat;
import com.evidenceassessor.bills.BillLimits;
import com.evidenceassessor.bills.BillStatement;
import com.evidenceassessor.bills.BillTotals;
import com.evidenceassessor.bills.BillTransaction;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * Collects what a reader finds in one bill and builds the {@link BillStatement}. Rows go
 * to the sink (a list by default, or a caller's consumer when streaming) and are added up
 * as they pass; the row limit is enforced here.
 */
public final class StatementBuilder {

	private final SourceFile source;

	private final BillLimits limits;

	private final Consumer<BillTransaction> sink;

	private final List<BillTransaction> collected;

	private final TotalsCounter counter = new TotalsCounter();

	private final Interner interner;

	private BillFormat format;

	private String holderNickname;

	private String holderRealName;

	private String holderIdNumber;

	private String account;

	private String documentNumber;

	private LocalDateTime periodStart;

	private LocalDateTime periodEnd;

	private LocalDateTime exportedAt;

	private String exportScope;

	private BillTotals declared = BillTotals.none();

	/**
	 * @param sink where rows go; {@code null} to keep them in the statement
	 */
	public StatementBuilder(SourceFile source, BillLimits limits, Consumer<BillTransaction> sink) {
		this.source = source;
		this.limits = limits;
		this.collected = (sink == null) ? new ArrayList<>() : List.of();
		this.sink = (sink == null) ? this.collected::add : sink;
		this.interner = new Interner(sink == null);
	}

	/** Shares repeated texts among kept rows (does nothing when rows are streamed). */
	public Interner interner() {
		return this.interner;
	}

	public SourceFile source() {
		return this.source;
	}

	public BillLimits limits() {
		return this.limits;
	}

	/** Adds one row; fails once the bill has more rows than the limit allows. */
	public void add(BillTransaction transaction, Location where) {
		if (this.counter.count() >= this.limits.maxRows()) {
			throw new InputException(where, "more than " + this.limits.maxRows()
					+ " transaction rows; split the export into shorter periods (按时间段分批导出)");
		}
		this.counter.add(transaction);
		this.sink.accept(transaction);
	}

	public int rowsSoFar() {
		return this.counter.count();
	}

	public StatementBuilder format(BillFormat value) {
		this.format = value;
		return this;
	}

	public BillFormat format() {
		return this.format;
	}

	public StatementBuilder holderNickname(String value) {
		this.holderNickname = value;
		return this;
	}

	public StatementBuilder holderRealName(String value) {
		this.holderRealName = value;
		return this;
	}

	public StatementBuilder holderIdNumber(String value) {
		this.holderIdNumber = value;
		return this;
	}

	public StatementBuilder account(String value) {
		this.account = value;
		return this;
	}

	public StatementBuilder documentNumber(String value) {
		this.documentNumber = value;
		return this;
	}

	public StatementBuilder period(LocalDateTime start, LocalDateTime end) {
		this.periodStart = start;
		this.periodEnd = end;
		return this;
	}

	public StatementBuilder exportedAt(LocalDateTime value) {
		this.exportedAt = value;
		return this;
	}

	public StatementBuilder exportScope(String value) {
		this.exportScope = value;
		return this;
	}

	public StatementBuilder declared(BillTotals value) {
		this.declared = value;
		return this;
	}

	public BillStatement build() {
		String id = "bill-" + this.source.sha256().substring(0, 12);
		return new BillStatement(id, this.source.name(), this.source.sha256(), this.format, this.holderNickname,
				this.holderRealName, this.holderIdNumber, this.account, this.documentNumber, this.periodStart,
				this.periodEnd, this.exportedAt, this.exportScope, this.declared, this.counter.totals(),
				this.collected);
	}

}
