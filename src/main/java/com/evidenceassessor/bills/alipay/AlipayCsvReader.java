package com.evidenceassessor.bills.alipay;

import com.evidenceassessor.bills.BillStatement;
import com.evidenceassessor.bills.read.CellLocator;
import com.evidenceassessor.bills.read.CsvRecords;
import com.evidenceassessor.bills.read.StatementBuilder;
import com.evidenceassessor.bills.read.TextEncoding;

/** Alipay CSV exports A1, A2 (app, 「用于个人对账」) and A3 (PC web download), in GBK. */
public final class AlipayCsvReader {

	private AlipayCsvReader() {
	}

	public static BillStatement read(StatementBuilder builder, TextEncoding encoding) {
		AlipayLayout layout = new AlipayLayout(builder, CellLocator.csv(builder.source().name()));
		CsvRecords.read(builder.source(), encoding, builder.limits(), layout::row);
		layout.finish(builder.source().location());
		return builder.build();
	}

}
