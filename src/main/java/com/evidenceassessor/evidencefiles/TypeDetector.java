package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;

/**
 * Detects a file's true type from its leading bytes with Apache Tika's signature database
 * (plus {@code wechat-mimetypes.xml} for WeChat's SILK voice), and the type its name
 * implies, and compares the two. Reads only the first 64 KB.
 * <p>
 * By content it asks {@link ScreenedMimeTypes}: the same answer as Tika's full database
 * for every file, many times cheaper (docs/batch.md). {@link #reference()} asks the full
 * database, as the tests do to hold the two to the same answers.
 */
final class TypeDetector {

	/** Pairs (by name, by content) that are normal, not a disguise. */
	private static final Set<String> BENIGN = Set.of(
			// WeChat keeps SILK voice messages in files named *.amr
			"audio/amr>audio/silk");

	private static final URL[] SOURCES = { MimeTypes.class.getResource("tika-mimetypes.xml"),
			TypeDetector.class.getResource("wechat-mimetypes.xml") };

	/**
	 * The full database: names, the type hierarchy, and content for {@link #reference()}.
	 */
	private static final MimeTypes TYPES = load();

	private final boolean screened;

	TypeDetector() {
		this(true);
	}

	private TypeDetector(boolean screened) {
		this.screened = screened;
	}

	/** A detector that tries every signature of the full database on every file. */
	static TypeDetector reference() {
		return new TypeDetector(false);
	}

	FileType detect(Path file, String fileName, long size) throws IOException {
		String byName = byName(fileName);
		if (size == 0) {
			return new FileType("application/x-empty", byName, ExtensionVerdict.NOT_JUDGED, MediaFamily.EMPTY);
		}
		String byContent = byContent(file);
		return new FileType(byContent, byName, compare(byName, byContent), MediaFamily.of(byContent));
	}

	private String byContent(Path file) throws IOException {
		if (this.screened) {
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(Screened.TYPES.headLength());
			}
			return normalize(Screened.TYPES.detect(head));
		}
		try (InputStream in = TikaInputStream.get(file)) {
			return normalize(TYPES.detect(in, new Metadata()));
		}
	}

	private static String byName(String fileName) throws IOException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		MediaType type = TYPES.detect(null, metadata);
		return MediaType.OCTET_STREAM.equals(type) ? null : normalize(type);
	}

	private static ExtensionVerdict compare(String byName, String byContent) {
		if (byName == null || byContent.equals(MediaType.OCTET_STREAM.toString())) {
			return ExtensionVerdict.NOT_JUDGED;
		}
		if (byName.equals(byContent) || BENIGN.contains(byName + ">" + byContent)) {
			return ExtensionVerdict.CONSISTENT;
		}
		MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
		MediaType name = MediaType.parse(byName);
		MediaType content = MediaType.parse(byContent);
		if (registry.isSpecializationOf(name, content) || registry.isSpecializationOf(content, name)) {
			return ExtensionVerdict.CONSISTENT;
		}
		return ExtensionVerdict.MISMATCH;
	}

	/** Tika's signature database plus ours ({@code wechat-mimetypes.xml}: SILK voice). */
	private static MimeTypes load() {
		try {
			return MimeTypesFactory.create(SOURCES);
		}
		catch (IOException | MimeTypeException ex) {
			throw new IllegalStateException("the built-in type signatures could not be loaded", ex);
		}
	}

	private static String normalize(MediaType type) {
		return TYPES.getMediaTypeRegistry().normalize(type).getBaseType().toString();
	}

	/**
	 * Built on first use (about 0.2 s): a process that reads no file never pays.
	 */
	static final class Screened {

		static final ScreenedMimeTypes TYPES = screen();

		private Screened() {
		}

		private static ScreenedMimeTypes screen() {
			try {
				return new ScreenedMimeTypes(TypeDetector.TYPES, SOURCES);
			}
			catch (IOException ex) {
				throw new IllegalStateException("the built-in type signatures could not be screened", ex);
			}
		}

	}

}
