package com.evidenceassessor.evidencefiles;

import java.util.Locale;

/**
 * The bytes a {@code <match value="…" type="…">} of a Tika signature file stands for,
 * decoded as Tika's {@code MagicDetector} reads them. Only a proposal:
 * {@link SignatureScreen} keeps a decoding only if Tika's own detector describes the same
 * pattern, so a value decoded wrongly here costs speed, never a wrong answer.
 */
final class MagicValues {

	private MagicValues() {
	}

	/**
	 * The bytes, or {@code null} for a type or value this does not know.
	 * @param type the match type ({@code string}, {@code regex}, {@code big32}…)
	 * @param value the match value as written in the file
	 */
	static byte[] decode(String type, String value) {
		if (value == null) {
			return null;
		}
		try {
			return switch (type) {
				case "string", "regex", "unicodeLE", "unicodeBE" -> text(value, type);
				case "stringignorecase" -> text(value.toLowerCase(Locale.ROOT), type);
				case "big16" -> number(value, 2, true);
				case "host16", "little16" -> number(value, 2, false);
				case "big32" -> number(value, 4, true);
				case "host32", "little32" -> number(value, 4, false);
				default -> null;
			};
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Numbers are hexadecimal after {@code 0x}, else octal; host order is little-endian.
	 */
	private static byte[] number(String value, int width, boolean bigEndian) {
		long n = value.startsWith("0x") ? Long.parseLong(value.substring(2), 16) : Long.parseLong(value, 8);
		byte[] bytes = new byte[width];
		for (int i = 0; i < width; i++) {
			int shift = 8 * (bigEndian ? width - 1 - i : i);
			bytes[i] = (byte) (n >> shift);
		}
		return bytes;
	}

	private static byte[] text(String value, String type) {
		if (value.startsWith("0x")) {
			byte[] bytes = new byte[(value.length() - 2) / 2];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) Integer.parseInt(value.substring(2 + 2 * i, 4 + 2 * i), 16);
			}
			return bytes;
		}
		StringBuilder chars = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != '\\') {
				chars.append(c);
				continue;
			}
			char next = value.charAt(i + 1);
			if (next == '\\') {
				chars.append('\\');
				i++;
			}
			else if (next == 'x') {
				chars.append((char) Integer.parseInt(value.substring(i + 2, i + 4), 16));
				i += 3;
			}
			else if (next == 'r' || next == 'n') {
				chars.append(next == 'r' ? '\r' : '\n');
				i++;
			}
			else {
				// up to three octal digits; Tika reads a backslash before any other
				// character as a NUL and keeps that character
				int end = i + 1;
				while (end < i + 4 && end < value.length() && Character.isDigit(value.charAt(end))) {
					end++;
				}
				int octal = (end == i + 1) ? 0 : Integer.parseInt(value.substring(i + 1, end), 8);
				chars.append((char) (byte) octal);
				i = end - 1;
			}
		}
		return bytes(chars, type);
	}

	private static byte[] bytes(CharSequence chars, String type) {
		boolean wide = type.startsWith("unicode");
		byte[] bytes = new byte[chars.length() * (wide ? 2 : 1)];
		for (int i = 0; i < chars.length(); i++) {
			char c = chars.charAt(i);
			if (!wide) {
				bytes[i] = (byte) c;
			}
			else {
				boolean little = type.equals("unicodeLE");
				bytes[2 * i] = (byte) (little ? c : c >> 8);
				bytes[2 * i + 1] = (byte) (little ? c >> 8 : c);
			}
		}
		return bytes;
	}

}
