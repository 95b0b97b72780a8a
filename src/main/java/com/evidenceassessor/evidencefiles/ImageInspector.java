package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.KeyValuePair;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.photoshop.PhotoshopDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;

/**
 * Reads an image's EXIF, XMP, IPTC, PNG text and header facts with metadata-extractor
 * (which reads segments and headers; it never decodes the picture).
 */
final class ImageInspector {

	private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

	/**
	 * The raster formats metadata-extractor reads; others (SVG, icons...) get no
	 * metadata.
	 */
	private static final Set<String> READABLE = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp",
			"image/webp", "image/heic", "image/heif", "image/tiff");

	static boolean reads(String contentType) {
		return READABLE.contains(contentType);
	}

	ImageMetadata read(Path file, String contentType) throws IOException, ImageProcessingException {
		Metadata metadata = metadata(file, contentType);
		ImageSize size = ImageSize.of(metadata);
		ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
		Map<String, String> xmp = xmp(metadata);
		Set<String> traces = new LinkedHashSet<>();
		String software = firstNonBlank(string(ifd0, ExifDirectoryBase.TAG_SOFTWARE), xmp.get("xmp:CreatorTool"),
				pngText(metadata, "Software"));
		addTrace(traces, string(ifd0, ExifDirectoryBase.TAG_SOFTWARE), "EXIF Software");
		addTrace(traces, xmp.get("xmp:CreatorTool"), "XMP CreatorTool");
		addXmpHistory(traces, xmp);
		addOtherTraces(traces, metadata);
		return new ImageMetadata(size.width(), size.height(),
				exifTime(string(sub, ExifDirectoryBase.TAG_DATETIME_ORIGINAL)),
				blankToNull(string(sub, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL)),
				exifTime(string(ifd0, ExifDirectoryBase.TAG_DATETIME)),
				blankToNull(string(ifd0, ExifDirectoryBase.TAG_MAKE)),
				blankToNull(string(ifd0, ExifDirectoryBase.TAG_MODEL)), software, new ArrayList<>(traces),
				PhoneScreen.looksLikeScreenshot(size.width(), size.height()));
	}

	private static Metadata metadata(Path file, String contentType) throws IOException, ImageProcessingException {
		if (contentType.equals("image/jpeg")) {
			return JpegMetadataReader.readMetadata(file.toFile(), BoundedReaders.jpegReaders());
		}
		if (contentType.equals("image/png") && !BoundedReaders.pngTextWithinLimit(file)) {
			throw new ImageProcessingException("a compressed text chunk inflates past "
					+ BoundedReaders.MAX_INFLATED_PNG_TEXT + " bytes (decompression bomb); not read");
		}
		return ImageMetadataReader.readMetadata(file.toFile());
	}

	private static void addXmpHistory(Set<String> traces, Map<String, String> xmp) {
		for (Map.Entry<String, String> entry : xmp.entrySet()) {
			if (entry.getKey().startsWith("xmpMM:History") && entry.getKey().endsWith("stEvt:softwareAgent")) {
				String agent = entry.getValue();
				if (agent != null && !agent.isBlank()) {
					String editor = EditingSoftware.editorNamedIn(agent);
					traces.add(agent.strip() + " (XMP edit history" + ((editor == null) ? "" : ": " + editor) + ")");
				}
			}
		}
	}

	private static void addOtherTraces(Set<String> traces, Metadata metadata) {
		addTrace(traces, pngText(metadata, "Software"), "PNG Software text");
		for (JpegCommentDirectory comment : metadata.getDirectoriesOfType(JpegCommentDirectory.class)) {
			addTrace(traces, comment.getString(JpegCommentDirectory.TAG_COMMENT), "JPEG comment");
		}
		IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
		addTrace(traces, string(iptc, IptcDirectory.TAG_ORIGINATING_PROGRAM), "IPTC OriginatingProgram");
		if (metadata.containsDirectoryOfType(PhotoshopDirectory.class)
				&& traces.stream().noneMatch((t) -> t.contains("Photoshop"))) {
			traces.add("Photoshop image resource block (APP13)");
		}
	}

	private static void addTrace(Set<String> traces, String value, String where) {
		String editor = EditingSoftware.editorNamedIn(value);
		if (editor != null) {
			traces.add(value.strip() + " (" + where + ")");
		}
	}

	private static Map<String, String> xmp(Metadata metadata) {
		XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
		return (xmp != null) ? xmp.getXmpProperties() : Map.of();
	}

	private static String pngText(Metadata metadata, String key) {
		for (PngDirectory png : metadata.getDirectoriesOfType(PngDirectory.class)) {
			Object value = png.getObject(PngDirectory.TAG_TEXTUAL_DATA);
			if (value instanceof List<?> pairs) {
				for (Object pair : pairs) {
					if (pair instanceof KeyValuePair kv && key.equalsIgnoreCase(kv.getKey())) {
						return kv.getValue().toString();
					}
				}
			}
		}
		return null;
	}

	static String string(Directory directory, int tag) {
		return (directory != null) ? directory.getString(tag) : null;
	}

	private static LocalDateTime exifTime(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip(), EXIF_TIME);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
