package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.io.InputStream;
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
 * implies, and compares the two. Reads only the first few kilobytes.
 */
final class TypeDetector {

	/** Pairs (by name, by content) that are normal, not a disguise. */
	private static final Set<String> BENIGN = Set.of(
			// WeChat keeps SILK voice messages in files named *.amr
			"audio/amr>audio/silk");

	private static final MimeTypes TYPES = load();

	FileType detect(Path file, String fileName, long size) throws IOException {
		String byName = byName(fileName);
		if (size == 0) {
			return new FileType("application/x-empty", byName, ExtensionVerdict.NOT_JUDGED, MediaFamily.EMPTY);
		}
		String byContent = byContent(file);
		return new FileType(byContent, byName, compare(byName, byContent), MediaFamily.of(byContent));
	}

	private static String byContent(Path file) throws IOException {
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
			return MimeTypesFactory.create(MimeTypes.class.getResource("tika-mimetypes.xml"),
					TypeDetector.class.getResource("wechat-mimetypes.xml"));
		}
		catch (IOException | MimeTypeException ex) {
			throw new IllegalStateException("the built-in type signatures could not be loaded", ex);
		}
	}

	private static String normalize(MediaType type) {
		return TYPES.getMediaTypeRegistry().normalize(type).getBaseType().toString();
	}

}
