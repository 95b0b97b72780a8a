package com.evidenceassessor.bills.read;

/** What the first bytes of a file say it is. */
public enum ContentKind {

	/** A ZIP container: an .xlsx workbook, or a (possibly encrypted) download archive. */
	ZIP,

	/** An OLE2 container: a password-protected workbook or a legacy .xls. */
	OLE2,

	/** {@code %PDF}. */
	PDF,

	/** Text with a UTF-16 byte order mark or NUL bytes of UTF-16. */
	UTF16_TEXT,

	/** A program: a Windows (MZ), Linux (ELF) or macOS (Mach-O) executable. */
	EXECUTABLE,

	/** Bytes that are no text (NUL or many control characters). */
	BINARY,

	/** Text (encoding decided separately). */
	TEXT,

	/** Zero bytes. */
	EMPTY;

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F' };

	private static final byte[][] EXECUTABLE_MAGICS = { { 'M', 'Z' }, { 0x7F, 'E', 'L', 'F' },
			{ (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE },
			{ (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF },
			{ (byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE },
			{ (byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE } };

	public static ContentKind of(byte[] head, int length) {
		if (length == 0) {
			return EMPTY;
		}
		if (startsWith(head, length, ZIP_MAGIC) || startsWith(head, length, new byte[] { 'P', 'K', 5, 6 })) {
			return ZIP;
		}
		if (startsWith(head, length, OLE2_MAGIC)) {
			return OLE2;
		}
		if (startsWith(head, length, PDF_MAGIC) || indexOf(head, Math.min(length, 1024), PDF_MAGIC) >= 0) {
			return PDF;
		}
		if (length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
				|| (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
			return UTF16_TEXT;
		}
		ContentKind bytes = textOrBinary(head, length);
		return (bytes != TEXT && startsWithExecutable(head, length)) ? EXECUTABLE : bytes;
	}

	/** A program's magic number; text that happens to start with "MZ" stays text. */
	private static boolean startsWithExecutable(byte[] head, int length) {
		for (byte[] magic : EXECUTABLE_MAGICS) {
			if (startsWith(head, length, magic)) {
				return true;
			}
		}
		return false;
	}

	private static ContentKind textOrBinary(byte[] head, int length) {
		int nul = 0;
		int evenNul = 0;
		int control = 0;
		for (int i = 0; i < length; i++) {
			int b = head[i] & 0xFF;
			if (b == 0) {
				nul++;
				evenNul += (i % 2 == 0) ? 1 : 0;
			}
			else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				control++;
			}
		}
		if (nul > 0 && nul * 3 >= length && onOneSide(nul, evenNul)) {
			return UTF16_TEXT;
		}
		if (nul > 0 || control * 20 > length) {
			return BINARY;
		}
		return TEXT;
	}

	/**
	 * UTF-16 text puts its NUL bytes on one side of each character (the high byte of
	 * Latin text): nearly all at even offsets, or nearly all at odd ones.
	 */
	private static boolean onOneSide(int nul, int evenNul) {
		int oneSide = Math.max(evenNul, nul - evenNul);
		return oneSide * 10 >= nul * 9;
	}

	private static boolean startsWith(byte[] head, int length, byte[] magic) {
		if (length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] head, int length, byte[] magic) {
		outer: for (int i = 0; i + magic.length <= length; i++) {
			for (int j = 0; j < magic.length; j++) {
				if (head[i + j] != magic[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
