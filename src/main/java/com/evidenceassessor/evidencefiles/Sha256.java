package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/** SHA-256 of a file, streamed; and the check of a hash a user recorded. */
public final class Sha256 {

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

	private static final int BUFFER = 64 * 1024;

	private Sha256() {
	}

	/** Lower-case hex SHA-256 of the file's bytes, read in 64 KiB blocks. */
	public static String of(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[BUFFER];
			int read;
			while ((read = in.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * A recorded hash as the user wrote it, trimmed and lower-cased; {@code null} or
	 * blank means none recorded. An optional {@code sha256:} prefix is accepted.
	 * @throws InputException if it is not 64 hexadecimal digits
	 */
	public static String normalizeRecorded(String recorded, Location where) {
		if (recorded == null || recorded.isBlank()) {
			return null;
		}
		String trimmed = recorded.strip();
		if (trimmed.regionMatches(true, 0, "sha256:", 0, 7)) {
			trimmed = trimmed.substring(7).strip();
		}
		if (!HEX_64.matcher(trimmed).matches()) {
			throw new InputException(where, "recorded SHA-256 must be 64 hexadecimal digits; found '"
					+ shorten(recorded) + "' (" + recorded.strip().length() + " characters)");
		}
		return trimmed.toLowerCase(Locale.ROOT);
	}

	private static String shorten(String text) {
		String stripped = text.strip();
		return (stripped.length() <= 80) ? stripped : stripped.substring(0, 77) + "...";
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime provides SHA-256", ex);
		}
	}

}
