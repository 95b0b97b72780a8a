package com.evidenceassessor.bills.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import com.evidenceassessor.bills.BillLimits;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Feeds the records of a text bill, with the physical line each starts on, to a handler.
 * Uses commons-csv, set to take what real exports contain: a TAB after a closing quote
 * (WeChat 2025-04), a bare quote inside an unquoted field, a missing final quote at the
 * end, empty lines kept so line numbers stay true.
 */
public final class CsvRecords {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setTrailingData(true)
		.setLenientEof(true)
		.setIgnoreEmptyLines(false)
		.get();

	private static final int RECORD_CELLS_FACTOR = 16;

	/**
	 * Above the readers' look-ahead (8K characters), so a short record never trips the
	 * guard.
	 */
	private static final long MIN_RECORD_LIMIT = 64 * 1024;

	private CsvRecords() {
	}

	/** Receives one CSV record. */
	@FunctionalInterface
	public interface Handler {

		void record(int line, List<String> cells);

	}

	public static void read(SourceFile source, TextEncoding encoding, BillLimits limits, Handler handler) {
		long maxRecord = Math.max((long) limits.maxCellChars() * RECORD_CELLS_FACTOR, MIN_RECORD_LIMIT);
		int line = 1;
		try (InputStream in = Files.newInputStream(source.path())) {
			in.skipNBytes(encoding.bomLength());
			GuardedReader reader = new GuardedReader(new InputStreamReader(in, encoding.strictDecoder()), source,
					encoding.displayName(), maxRecord);
			try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
				for (CSVRecord record : parser) {
					handler.record(line, Arrays.asList(record.values()));
					line = (int) parser.getCurrentLineNumber() + 1;
					reader.recordStarts(line);
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw unreadable(source, line, ex.getCause());
		}
		catch (IOException ex) {
			throw unreadable(source, line, ex);
		}
	}

	private static InputException unreadable(SourceFile source, int line, IOException cause) {
		if (cause != null && cause.getCause() instanceof InputException input) {
			return input;
		}
		return new InputException(Location.at(source.name(), line, 0),
				"not readable as CSV (" + (cause == null ? "read error" : cause.getMessage())
						+ "); expected the comma-separated bill as exported",
				cause);
	}

}
