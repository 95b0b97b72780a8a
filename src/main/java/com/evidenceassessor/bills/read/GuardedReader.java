package com.evidenceassessor.bills.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * A reader over a decoded text bill that keeps the CSV parser within bounds: it counts
 * lines, fails when one record (quote-aware, so a quoted field may span lines) grows past
 * the limit — an unterminated quote would otherwise swallow the file — and turns a
 * decoding error into a located one.
 */
public final class GuardedReader extends Reader {

	private final Reader in;

	private final SourceFile source;

	private final String encodingName;

	private final long maxRecordChars;

	private long line = 1;

	private long recordChars;

	private boolean inQuotes;

	public GuardedReader(Reader in, SourceFile source, String encodingName, long maxRecordChars) {
		this.in = in;
		this.source = source;
		this.encodingName = encodingName;
		this.maxRecordChars = maxRecordChars;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n;
		try {
			n = this.in.read(buffer, offset, length);
		}
		catch (CharacterCodingException ex) {
			throw new InputException(Location.at(this.source.name(), (int) Math.min(this.line, Integer.MAX_VALUE), 0),
					"bytes that are not valid " + this.encodingName + " text; expected the bill as exported "
							+ "(WeChat: UTF-8, Alipay: GBK), not re-saved in another encoding");
		}
		for (int i = offset; i < offset + n; i++) {
			watch(buffer[i]);
		}
		return n;
	}

	private void watch(char c) {
		if (c == '"') {
			this.inQuotes = !this.inQuotes;
		}
		else if (c == '\n') {
			this.line++;
			if (!this.inQuotes) {
				this.recordChars = 0;
				return;
			}
		}
		if (++this.recordChars > this.maxRecordChars) {
			throw new InputException(Location.at(this.source.name(), (int) Math.min(this.line, Integer.MAX_VALUE), 0),
					"a record longer than " + this.maxRecordChars
							+ " characters (an unterminated quote?); expected one bill row per line");
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
