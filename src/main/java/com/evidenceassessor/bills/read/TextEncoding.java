package com.evidenceassessor.bills.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a text bill is encoded: UTF-8 with or without BOM (WeChat), else GB18030 (a
 * superset of GBK, Alipay).
 *
 * @param charset the charset to decode with
 * @param bomLength bytes of byte order mark to skip
 */
public record TextEncoding(Charset charset, int bomLength) {

	public static final Charset GB18030 = Charset.forName("GB18030");

	public static TextEncoding of(byte[] head, int length) {
		if (length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
			return new TextEncoding(StandardCharsets.UTF_8, 3);
		}
		return new TextEncoding(isUtf8(head, length) ? StandardCharsets.UTF_8 : GB18030, 0);
	}

	/** The name users know: UTF-8 or GBK. */
	public String displayName() {
		return this.charset == StandardCharsets.UTF_8 ? "UTF-8" : "GBK/GB18030";
	}

	public CharsetDecoder strictDecoder() {
		return this.charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Valid UTF-8, allowing a multi-byte sequence cut at the end of the sample. */
	private static boolean isUtf8(byte[] head, int length) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(length + 1);
		CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, length), out, false);
		return !result.isError();
	}

}
