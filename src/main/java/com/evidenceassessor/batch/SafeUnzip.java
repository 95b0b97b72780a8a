package com.evidenceassessor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Unpacks a zip archive of case folders, refusing what could escape or exhaust the
 * target: entries whose path climbs out ({@code ../}, zip slip), absolute paths and drive
 * letters, symbolic links, duplicate entries, more entries, more bytes or a higher
 * compression ratio than {@link ZipLimits} allows (bytes are counted as they are
 * inflated, not taken from the headers). Names are read as UTF-8, or as GB18030 when an
 * archive made on Chinese Windows stores them so. macOS's {@code __MACOSX/} and
 * {@code .DS_Store} entries are left out. Any refusal is an {@link InputException} naming
 * the archive and the entry; nothing half-unpacked is left behind.
 */
final class SafeUnzip {

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final Path zip;

	private final ZipLimits limits;

	private long totalBytes;

	private SafeUnzip(Path zip, ZipLimits limits) {
		this.zip = zip;
		this.limits = limits;
	}

	/** Unpacks {@code zip} into {@code target}, which must not exist yet. */
	static void extract(Path zip, Path target, ZipLimits limits) {
		new SafeUnzip(zip, limits).extractInto(target);
	}

	private void extractInto(Path target) {
		try {
			Files.createDirectories(target);
			Charset charset = namesCharset();
			try (ZipFile file = open(charset)) {
				List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
				if (entries.size() > this.limits.maxEntries()) {
					throw refuse(null,
							"the archive has " + entries.size() + " entries; the limit is " + this.limits.maxEntries());
				}
				Set<String> seen = new HashSet<>();
				for (ZipArchiveEntry entry : entries) {
					check(entry, seen);
				}
				for (ZipArchiveEntry entry : entries) {
					unpack(file, entry, target);
				}
			}
		}
		catch (IOException ex) {
			deleteQuietly(target);
			throw new InputException(Location.file(this.zip.toString()),
					"not a readable zip archive: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			deleteQuietly(target);
			throw ex;
		}
	}

	private ZipFile open(Charset charset) throws IOException {
		return ZipFile.builder().setPath(this.zip).setCharset(charset).setUseUnicodeExtraFields(true).get();
	}

	/**
	 * UTF-8, unless an entry without the UTF-8 flag has a name that is not valid UTF-8
	 * (Windows in a Chinese locale writes GBK names).
	 */
	private Charset namesCharset() throws IOException {
		try (ZipFile file = open(StandardCharsets.UTF_8)) {
			for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
				if (!entry.getGeneralPurposeBit().usesUTF8ForNames() && !isUtf8(entry.getRawName())) {
					return GB18030;
				}
			}
		}
		return StandardCharsets.UTF_8;
	}

	private void check(ZipArchiveEntry entry, Set<String> seen) {
		String name = entry.getName();
		if (entry.isUnixSymlink()) {
			throw refuse(name, "the entry is a symbolic link; archives of case folders must hold plain files only");
		}
		String path = normalise(name);
		if (!seen.add(path)) {
			throw refuse(name, "the entry appears twice in the archive");
		}
	}

	/** The entry's path with {@code /} separators, checked to stay inside the target. */
	private String normalise(String name) {
		String path = name.replace('\\', '/');
		if (path.isEmpty() || path.chars().anyMatch(c -> c < 0x20)) {
			throw refuse(name, "the entry's name is empty or holds control characters");
		}
		if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
			throw refuse(name, "the entry has an absolute path; expected paths relative to the archive's root");
		}
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				throw refuse(name, "the entry's path climbs out of the archive ('..'): refused (zip slip)");
			}
		}
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	private void unpack(ZipFile file, ZipArchiveEntry entry, Path target) throws IOException {
		String path = normalise(entry.getName());
		if (path.startsWith("__MACOSX/") || path.equals("__MACOSX") || path.endsWith(".DS_Store")) {
			return;
		}
		Path destination = target.resolve(path).normalize();
		if (!destination.startsWith(target)) {
			throw refuse(entry.getName(), "the entry's path leads outside the target folder: refused (zip slip)");
		}
		if (entry.isDirectory()) {
			Files.createDirectories(destination);
			return;
		}
		Files.createDirectories(destination.getParent());
		try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(destination)) {
			copy(entry, in, out);
		}
		catch (UnsupportedZipFeatureException ex) {
			throw refuse(entry.getName(), "the entry cannot be unpacked (" + ex.getMessage()
					+ "); if the archive is password-protected, unpack it yourself and pass the folder");
		}
	}

	private void copy(ZipArchiveEntry entry, InputStream in, OutputStream out) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long written = 0;
		long packed = Math.max(entry.getCompressedSize(), 1);
		int read;
		while ((read = in.read(buffer)) != -1) {
			written += read;
			this.totalBytes += read;
			if (this.totalBytes > this.limits.maxTotalBytes()) {
				throw refuse(entry.getName(), "the archive unpacks to more than " + this.limits.maxTotalBytes()
						+ " bytes, the limit; refused (zip bomb?)");
			}
			if (written > ZipLimits.RATIO_FLOOR_BYTES && written / packed > this.limits.maxRatio()) {
				throw refuse(entry.getName(), "the entry inflates more than " + this.limits.maxRatio()
						+ " times its packed size; refused (zip bomb?)");
			}
			out.write(buffer, 0, read);
		}
	}

	private InputException refuse(String entry, String problem) {
		Location at = Location.file(this.zip.toString());
		return new InputException((entry != null) ? at.withField("entry " + entry) : at, problem);
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	static void deleteQuietly(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (var paths = Files.walk(folder)) {
			paths.sorted(Collections.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				}
				catch (IOException ex) {
					// best effort: a leftover temporary folder is harmless
				}
			});
		}
		catch (IOException ex) {
			// best effort
		}
	}

}
