package com.evidenceassessor.evidencefiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.tika.detect.MagicDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.w3c.dom.Element;

/**
 * A cheap test that a top-level {@code <match>} of a Tika signature file may match some
 * data: if it fails, Tika's own evaluation of that match fails too. It tests the match's
 * own pattern (not its nested matches) at each offset the match may begin at.
 * <p>
 * The pattern is decoded here only to propose it: Tika's {@link MagicDetector} must
 * describe the same pattern and mask, else the match is not screened (always kept). A
 * byte pattern is then tested byte by byte as Tika compares it; a regular expression is
 * compiled once and run over the same characters Tika gives it (the data read as
 * ISO-8859-1, zero past the end), after a prefix test that {@link Matcher#hitEnd()}
 * derives from the expression: the one-, two-… character beginnings that no further input
 * can complete are ruled out.
 */
final class SignatureScreen {

	/** How many characters Tika lets a regular expression see ({@code MagicDetector}). */
	static final int REGEX_WINDOW = 8 * 1024;

	/**
	 * How far the prefix of a regular expression is worked out: two bytes index the
	 * screens; the expression itself decides the rest.
	 */
	private static final int MAX_PREFIX = 2;

	/** Live beginnings a prefix level may have before the working out stops. */
	private static final int MAX_LIVE = 16;

	/** Allowed bytes by (mask, expected, ignore case): patterns repeat a few of them. */
	private static final Map<Integer, long[]> ALLOWED = new ConcurrentHashMap<>();

	private static final MediaType PROBE = MediaType.application("x-signature-probe");

	private static final long[] ANY = { -1, -1, -1, -1 };

	/** Whether a detector's description tells patterns and masks apart (checked once). */
	private static final boolean DESCRIBES_PATTERN = describesPattern();

	private final int from;

	private final int to;

	/** The bytes allowed at each offset from where a match begins (4 longs each). */
	private final long[][] prefix;

	/** The expression, for a regular expression; null for a byte pattern. */
	private final Pattern regex;

	private SignatureScreen(int from, int to, long[][] prefix, Pattern regex) {
		this.from = from;
		this.to = to;
		this.prefix = prefix;
		this.regex = regex;
	}

	/**
	 * The screen for a top-level {@code <match>} element, or {@code null} when it cannot
	 * be screened.
	 */
	static SignatureScreen of(Element match) {
		if (match.hasAttribute("minShouldMatch") || !DESCRIBES_PATTERN) {
			return null;
		}
		String type = match.hasAttribute("type") ? match.getAttribute("type") : "string";
		String offset = match.hasAttribute("offset") ? match.getAttribute("offset") : null;
		String value = match.hasAttribute("value") ? match.getAttribute("value") : null;
		String mask = match.hasAttribute("mask") ? match.getAttribute("mask") : null;
		int[] range = range(offset);
		if (range == null || value == null) {
			return null;
		}
		try {
			return type.equals("regex") ? regex(range, value, mask) : bytes(range, type, value, mask);
		}
		catch (RuntimeException ex) {
			// Tika would refuse the value too; never expected in its own files
			return null;
		}
	}

	/** The first and last offset a match may begin at, as Tika reads the attribute. */
	private static int[] range(String offset) {
		try {
			if (offset == null) {
				return new int[] { 0, 0 };
			}
			int colon = offset.indexOf(':');
			int from = Integer.parseInt((colon < 0) ? offset : offset.substring(0, colon));
			int to = (colon < 0) ? from : Integer.parseInt(offset.substring(colon + 1));
			return (from < 0 || to < from) ? null : new int[] { from, to };
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A byte passes when, masked (and for {@code stringignorecase} lower-cased), it
	 * equals the masked pattern byte. Tika must accept the pattern itself as data, and
	 * reject it with its first byte changed to one ruled out here.
	 */
	private static SignatureScreen bytes(int[] range, String type, String value, String mask) {
		byte[] pattern = MagicValues.decode(type, value);
		byte[] masks = (mask == null) ? null : MagicValues.decode(type, mask);
		if (pattern == null || (mask != null && masks == null)) {
			return null;
		}
		boolean ignoreCase = type.equals("stringignorecase");
		MagicDetector tikas = MagicDetector.parse(PROBE, type, "0", value, mask);
		MagicDetector ours = new MagicDetector(PROBE, pattern, masks, false, ignoreCase, 0, 0);
		int length = tikas.getLength();
		if (!tikas.toString().equals(ours.toString()) || length < 1) {
			return null;
		}
		long[][] prefix = new long[length][];
		for (int i = 0; i < length; i++) {
			prefix[i] = allowed(pattern, masks, i, ignoreCase);
		}
		byte[] sample = Arrays.copyOf(pattern, length);
		if (!accepts(tikas, sample)) {
			return null;
		}
		for (int b = 0; b < 256; b++) {
			if (!has(prefix[0], b)) {
				sample[0] = (byte) b;
				if (accepts(tikas, sample)) {
					return null;
				}
				break;
			}
		}
		return new SignatureScreen(range[0], range[1], prefix, null);
	}

	/**
	 * The bytes that pass at {@code position}, compared as Tika compares them (signed).
	 */
	private static long[] allowed(byte[] pattern, byte[] masks, int position, boolean ignoreCase) {
		int mask = (masks != null && position < masks.length) ? masks[position] : -1;
		int expected = (position < pattern.length) ? pattern[position] & mask : 0;
		int key = ((mask & 0xff) << 9) | ((expected & 0xff) << 1) | (ignoreCase ? 1 : 0);
		return ALLOWED.computeIfAbsent(key, (k) -> allowed(mask, expected, ignoreCase));
	}

	private static long[] allowed(int mask, int expected, boolean ignoreCase) {
		long[] allowed = new long[4];
		for (int b = 0; b < 256; b++) {
			int masked = ((byte) b) & mask;
			if (ignoreCase) {
				masked = Character.toLowerCase(masked);
			}
			if (masked == expected) {
				allowed[b >> 6] |= 1L << b;
			}
		}
		return allowed;
	}

	private static boolean accepts(MagicDetector detector, byte[] data) {
		try {
			return !MediaType.OCTET_STREAM.equals(detector.detect(new ByteArrayInputStream(data), new Metadata()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SignatureScreen regex(int[] range, String value, String mask) {
		byte[] pattern = MagicValues.decode("regex", value);
		if (pattern == null || mask != null) {
			return null;
		}
		String tikas = MagicDetector.parse(PROBE, "regex", range[0] + ":" + range[1], value, null).toString();
		if (!tikas.equals(describe(pattern, null))) {
			return null;
		}
		Pattern regex = Pattern.compile(new String(pattern, StandardCharsets.UTF_8));
		return new SignatureScreen(range[0], range[1], prefix(regex), regex);
	}

	/**
	 * The bytes allowed at each offset of a match of the expression, level by level: a
	 * character is allowed after a live beginning if the beginning so extended matches or
	 * could still match with more input. Stops at a level where a beginning already
	 * matches (anything may follow), or when too many beginnings are live.
	 */
	private static long[][] prefix(Pattern regex) {
		List<long[]> levels = new ArrayList<>();
		List<String> live = List.of("");
		Matcher matcher = regex.matcher("");
		while (levels.size() < MAX_PREFIX && !live.isEmpty() && live.size() <= MAX_LIVE) {
			long[] level = new long[4];
			List<String> next = new ArrayList<>();
			boolean matched = false;
			for (String beginning : live) {
				for (int c = 0; c < 256; c++) {
					String extended = beginning + (char) c;
					matcher.reset(extended);
					if (matcher.lookingAt()) {
						level[c >> 6] |= 1L << c;
						matched = true;
					}
					else if (matcher.hitEnd()) {
						level[c >> 6] |= 1L << c;
						next.add(extended);
					}
				}
			}
			levels.add(level);
			if (matched) {
				break;
			}
			live = next;
		}
		return levels.toArray(new long[0][]);
	}

	private static boolean describesPattern() {
		String ab = describe(new byte[] { 'a', 'b' }, null);
		return !ab.equals(describe(new byte[] { 'a', 'c' }, null))
				&& !ab.equals(describe(new byte[] { 'a', 'b' }, new byte[] { 1, 1 }));
	}

	private static String describe(byte[] pattern, byte[] mask) {
		return new MagicDetector(PROBE, pattern, mask, true, 0, 0).toString();
	}

	/** The first offset a match may begin at. */
	int from() {
		return this.from;
	}

	/** The last offset a match may begin at. */
	int to() {
		return this.to;
	}

	/** The bytes a match may begin with at {@code position} 0 or 1. */
	int[] bytesAt(int position) {
		long[] allowed = (position < this.prefix.length) ? this.prefix[position] : ANY;
		return IntStream.range(0, 256).filter((b) -> has(allowed, b)).toArray();
	}

	/**
	 * Whether the match may begin at {@code offset} (within {@link #from()} and
	 * {@link #to()}) of this data; bytes past its end count as zero.
	 */
	boolean passesAt(byte[] data, int offset) {
		for (int i = 0; i < this.prefix.length; i++) {
			if (!has(this.prefix[i], at(data, offset + i))) {
				return false;
			}
		}
		if (this.regex == null) {
			return true;
		}
		// as MagicDetector: a window from the first offset, each offset a region of it
		int start = offset - this.from;
		Matcher matcher = this.regex.matcher(new Latin1(data, this.from, REGEX_WINDOW + this.to - this.from));
		matcher.region(start, start + REGEX_WINDOW);
		return matcher.lookingAt();
	}

	static int at(byte[] data, int offset) {
		return (offset < data.length) ? data[offset] & 0xff : 0;
	}

	private static boolean has(long[] bits, int b) {
		return (bits[b >> 6] & (1L << b)) != 0;
	}

	/** Bytes as ISO-8859-1 characters, zero past the end of the data. */
	private record Latin1(byte[] data, int start, int length) implements CharSequence {

		@Override
		public char charAt(int index) {
			return (char) at(this.data, this.start + index);
		}

		@Override
		public CharSequence subSequence(int begin, int end) {
			return new Latin1(this.data, this.start + begin, end - begin);
		}

		@Override
		public String toString() {
			char[] chars = new char[this.length];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = charAt(i);
			}
			return new String(chars);
		}

	}

}
