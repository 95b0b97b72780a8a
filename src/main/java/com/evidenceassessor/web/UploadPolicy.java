package com.evidenceassessor.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What an upload may be: a case file (.yaml, .yml, .json), bills (.csv, .txt, .xlsx,
 * .pdf) and evidence files (images, audio, video, PDF, office documents, text). A file's
 * name is reduced to a safe file name, and its first bytes must not say it is something
 * else (an executable renamed .jpg, a PDF named .png). Sizes are limited by
 * {@code spring.servlet.multipart.*}.
 */
public final class UploadPolicy {

	/** The kinds of file an upload carries. */
	public enum Part {

		CASE, BILL, EVIDENCE

	}

	private enum Family {

		TEXT, IMAGE, AUDIO_VIDEO, PDF, OFFICE, ANY

	}

	private static final Map<String, Family> CASE_TYPES = Map.of("yaml", Family.TEXT, "yml", Family.TEXT, "json",
			Family.TEXT);

	private static final Map<String, Family> BILL_TYPES = Map.of("csv", Family.TEXT, "txt", Family.TEXT, "xlsx",
			Family.OFFICE, "pdf", Family.PDF);

	private static final Map<String, Family> EVIDENCE_TYPES = Map.ofEntries(Map.entry("jpg", Family.IMAGE),
			Map.entry("jpeg", Family.IMAGE), Map.entry("png", Family.IMAGE), Map.entry("gif", Family.IMAGE),
			Map.entry("webp", Family.IMAGE), Map.entry("bmp", Family.IMAGE), Map.entry("heic", Family.IMAGE),
			Map.entry("mp3", Family.AUDIO_VIDEO), Map.entry("m4a", Family.AUDIO_VIDEO),
			Map.entry("aac", Family.AUDIO_VIDEO), Map.entry("wav", Family.AUDIO_VIDEO),
			Map.entry("ogg", Family.AUDIO_VIDEO), Map.entry("amr", Family.ANY), Map.entry("silk", Family.ANY),
			Map.entry("mp4", Family.AUDIO_VIDEO), Map.entry("mov", Family.AUDIO_VIDEO),
			Map.entry("3gp", Family.AUDIO_VIDEO), Map.entry("pdf", Family.PDF), Map.entry("doc", Family.OFFICE),
			Map.entry("docx", Family.OFFICE), Map.entry("xls", Family.OFFICE), Map.entry("xlsx", Family.OFFICE),
			Map.entry("txt", Family.TEXT), Map.entry("csv", Family.TEXT), Map.entry("html", Family.TEXT),
			Map.entry("htm", Family.TEXT));

	/** Never accepted, whatever the name says. */
	private static final Set<String> EXECUTABLE = Set.of("application/x-msdownload", "application/x-executable",
			"application/x-sharedlib", "application/x-elf", "application/x-mach-o-executable", "application/x-mach-o",
			"application/java-vm", "application/x-sh", "application/x-dosexec", "application/x-msdos-program",
			"application/vnd.microsoft.portable-executable");

	private static final int MAX_NAME_LENGTH = 100;

	private static final String UNSAFE = "/\\:*?\"<>|";

	private UploadPolicy() {
	}

	/**
	 * The file name to store an upload under: the last segment of what the browser sent,
	 * without control characters or characters no file system accepts, never hidden,
	 * never {@code ..}, at most 100 characters, with an allowed extension.
	 * @throws InputException naming the file and what is accepted
	 */
	public static String safeName(String original, Part part) {
		String name = lastSegment(original);
		StringBuilder safe = new StringBuilder();
		name.codePoints().forEach(c -> safe.appendCodePoint(unsafe(c) ? '_' : c));
		String cleaned = strip(safe.toString());
		if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.' || c == '_')) {
			throw new InputException(Location.file(String.valueOf(original)),
					"the file has no usable name; rename it (e.g. case.yaml, bill.csv, voice-E1.amr)");
		}
		String extension = extension(cleaned);
		if (!types(part).containsKey(extension)) {
			throw new InputException(Location.file(cleaned), "files of type '." + extension + "' are not accepted as "
					+ describe(part) + "; expected one of " + new TreeSet<>(types(part).keySet()));
		}
		return shorten(cleaned, extension);
	}

	/**
	 * Checks an upload's first bytes against its name.
	 * @throws InputException when it is an executable, or plainly another kind of file
	 */
	public static void checkContent(String name, Part part, InputStream content) throws IOException {
		MediaType detected = detect(content);
		String type = detected.getBaseType().toString();
		if (EXECUTABLE.contains(type)) {
			throw new InputException(Location.file(name),
					"the file is a program (" + type + "), not " + describe(part) + "; programs are never accepted");
		}
		Family expected = types(part).get(extension(name));
		Family actual = family(detected);
		if (expected != Family.ANY && actual != Family.ANY && actual != expected) {
			throw new InputException(Location.file(name),
					"the file's content is " + type + ", which does not match " + "its name; expected "
							+ expected.name().toLowerCase(Locale.ROOT).replace('_', '/') + " content for ."
							+ extension(name));
		}
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static MediaType detect(InputStream content) throws IOException {
		try (InputStream in = new BufferedInputStream(content)) {
			return MimeTypes.getDefaultMimeTypes().detect(in, new Metadata());
		}
	}

	private static Family family(MediaType type) {
		String base = type.getBaseType().toString();
		if (base.equals("application/octet-stream")) {
			return Family.ANY;
		}
		if (base.startsWith("text/") || base.equals("application/json") || base.equals("application/xhtml+xml")) {
			return Family.TEXT;
		}
		if (base.startsWith("image/")) {
			return Family.IMAGE;
		}
		if (base.startsWith("audio/") || base.startsWith("video/") || base.equals("application/mp4")) {
			return Family.AUDIO_VIDEO;
		}
		if (base.equals("application/pdf")) {
			return Family.PDF;
		}
		if (base.equals("application/zip") || base.startsWith("application/x-tika-")
				|| base.startsWith("application/vnd.") || base.equals("application/msword")) {
			return Family.OFFICE;
		}
		return Family.ANY;
	}

	private static Map<String, Family> types(Part part) {
		return switch (part) {
			case CASE -> CASE_TYPES;
			case BILL -> BILL_TYPES;
			case EVIDENCE -> EVIDENCE_TYPES;
		};
	}

	private static String describe(Part part) {
		return switch (part) {
			case CASE -> "a case file";
			case BILL -> "a bill";
			case EVIDENCE -> "an evidence file";
		};
	}

	private static String lastSegment(String original) {
		String name = Normalizer.normalize((original != null) ? original : "", Normalizer.Form.NFC);
		name = name.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static boolean unsafe(int c) {
		int type = Character.getType(c);
		return c < 0x20 || UNSAFE.indexOf(c) >= 0 || type == Character.CONTROL || type == Character.FORMAT
				|| type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
				|| type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
	}

	private static String strip(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
			start++;
		}
		while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
			end--;
		}
		return name.substring(start, end);
	}

	private static String shorten(String name, String extension) {
		if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
			return name;
		}
		String stem = name.substring(0, name.length() - extension.length() - 1);
		int keep = MAX_NAME_LENGTH - extension.length() - 1;
		return stem.substring(0, stem.offsetByCodePoints(0, keep)) + "." + extension;
	}

}
