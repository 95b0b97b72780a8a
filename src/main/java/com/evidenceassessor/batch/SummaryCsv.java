package com.evidenceassessor.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.batch.SummaryColumns.Bilingual;
import com.evidenceassessor.batch.SummaryColumns.Column;
import com.evidenceassessor.report.Labels;
import com.evidenceassessor.report.Lang;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One sheet of the summary as a CSV file: UTF-8 with a byte-order mark (so Excel opens
 * Chinese text correctly), CRLF, the same columns as the spreadsheet, text neutralised
 * against formula injection.
 *
 * @param <T> the row type
 */
final class SummaryCsv<T> implements AutoCloseable {

	private final List<Column<T>> columns;

	private final Lang lang;

	private final CSVPrinter printer;

	SummaryCsv(Path file, List<Column<T>> columns, Lang lang) throws IOException {
		this.columns = columns;
		this.lang = lang;
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
		List<String> headers = new ArrayList<>();
		columns.forEach(c -> headers.add(c.header(lang)));
		this.printer.printRecord(headers);
	}

	void add(T row) throws IOException {
		List<String> values = new ArrayList<>(this.columns.size());
		for (Column<T> column : this.columns) {
			values.add(text(column.value().apply(row)));
		}
		this.printer.printRecord(values);
	}

	private String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Level level) {
			return Labels.of(level, this.lang);
		}
		if (value instanceof Boolean flag) {
			return this.lang.pick(flag ? "是" : "否", flag ? "yes" : "no");
		}
		if (value instanceof Bilingual words) {
			return words.in(this.lang);
		}
		return (value instanceof Integer) ? value.toString() : CellText.safe(value.toString());
	}

	@Override
	public void close() throws IOException {
		this.printer.close();
	}

}
