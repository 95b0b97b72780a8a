package com.evidenceassessor.bills.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * A reader over a decoded text bill that keeps the CSV parser within bounds: the parser
 * marks where each record starts ({@link #recordStarts(int)}), and a read that takes the
 * current record past the limit fails — an unterminated quote would otherwise swallow the
 * whole file into one field. The check costs one comparison per buffer, not per
 * character. A decoding error becomes a located one.
 */
public final class GuardedReader extends Reader {

	private final Reader in;

	private final SourceFile source;

	private final String encodingName;

	private final long maxRecordChars;

	private long total;

	private long recordStart;

	private int line = 1;

	public GuardedReader(Reader in, SourceFile source, String encodingName, long maxRecordChars) {
		this.in = in;
		this.source = source;
		this.encodingName = encodingName;
		this.maxRecordChars = maxRecordChars;
	}

	/** The parser is about to read the record starting on this line. */
	public void recordStarts(int recordLine) {
		this.line = recordLine;
		this.recordStart = this.total;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n;
		try {
			n = this.in.read(buffer, offset, length);
		}
		catch (CharacterCodingException ex) {
			throw new InputException(Location.at(this.source.name(), this.line, 0),
					"bytes that are not valid " + this.encodingName + " text in or shortly after this line; expected "
							+ "the bill as exported (WeChat: UTF-8, Alipay: GBK), not re-saved in another encoding");
		}
		if (n > 0) {
			this.total += n;
			if (this.total - this.recordStart > this.maxRecordChars) {
				throw new InputException(Location.at(this.source.name(), this.line, 0), "a record longer than "
						+ this.maxRecordChars + " characters (an unterminated quote?); expected one bill row per line");
			}
		}
		return n;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
