package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the revisions saved in a PDF's raw bytes. Every save ends with an {@code %%EOF}
 * marker; an incremental update (how a PDF is changed without rewriting it, and how a
 * signed PDF is changed after signing) appends a new section and a new marker. A
 * linearized file carries one extra marker for its first-page section, which is not a
 * change.
 *
 * @param eofEnds the offset just past each {@code %%EOF} marker, in file order
 * @param linearized whether the first kilobyte declares {@code /Linearized}
 */
record PdfRevisions(List<Long> eofEnds, boolean linearized) {

	private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final int HEAD = 1024;

	PdfRevisions {
		eofEnds = List.copyOf(eofEnds);
	}

	/** Revisions appended after the first save. */
	int incrementalUpdates() {
		return Math.max(0, this.eofEnds.size() - 1 - (this.linearized ? 1 : 0));
	}

	/** Whether a revision ends past {@code offset} (e.g. the end of a signed range). */
	boolean revisionEndsAfter(long offset) {
		return this.eofEnds.stream().anyMatch((end) -> end > offset + 2);
	}

	static PdfRevisions scan(Path file) throws IOException {
		List<Long> ends = new ArrayList<>();
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(HEAD);
			int matched = match(head, head.length, 0, 0, ends);
			byte[] buffer = new byte[64 * 1024];
			long offset = head.length;
			int read;
			while ((read = in.read(buffer)) != -1) {
				matched = match(buffer, read, offset, matched, ends);
				offset += read;
			}
		}
		boolean linearized = new String(head, StandardCharsets.ISO_8859_1).contains("/Linearized");
		return new PdfRevisions(ends, linearized);
	}

	/**
	 * Streams {@code %%EOF} matching across buffers; returns the partial match carried
	 * on.
	 */
	private static int match(byte[] bytes, int length, long offset, int matched, List<Long> ends) {
		int state = matched;
		for (int i = 0; i < length; i++) {
			byte b = bytes[i];
			if (b == EOF[state]) {
				state++;
				if (state == EOF.length) {
					ends.add(offset + i + 1);
					state = 0;
				}
			}
			else {
				// "%%%" keeps "%%"; "%%E%" or "%%EO%" restarts at "%"
				state = (b == '%') ? ((state == 2) ? 2 : 1) : 0;
			}
		}
		return state;
	}

}
