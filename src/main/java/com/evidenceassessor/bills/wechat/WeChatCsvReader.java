package com.evidenceassessor.bills.wechat;

import com.evidenceassessor.bills.BillFormat;
import com.evidenceassessor.bills.BillStatement;
import com.evidenceassessor.bills.read.CellLocator;
import com.evidenceassessor.bills.read.CsvRecords;
import com.evidenceassessor.bills.read.StatementBuilder;
import com.evidenceassessor.bills.read.TextEncoding;

/**
 * WeChat 「用于个人对账」 CSV: W1 (UTF-8 with BOM, CRLF, ids followed by a TAB) and W1b (2025-04:
 * every text field quoted, the TAB after the closing quote).
 */
public final class WeChatCsvReader {

	private WeChatCsvReader() {
	}

	/**
	 * @param head the decoded start of the file, used to tell W1b from W1
	 */
	public static BillStatement read(StatementBuilder builder, TextEncoding encoding, String head) {
		builder.format(isQuotedVariant(head) ? BillFormat.W1B : BillFormat.W1);
		WeChatLayout layout = new WeChatLayout(builder, CellLocator.csv(builder.source().name()));
		CsvRecords.read(builder.source(), encoding, builder.limits(), layout::row);
		layout.finish(builder.source().location());
		return builder.build();
	}

	/** W1b writes {@code "…"⇥,} — a TAB after a closing quote — on its id fields. */
	static boolean isQuotedVariant(String head) {
		return head.contains("\"\t,");
	}

}
