package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Set;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.media.QuickTimeSoundDirectory;
import com.drew.metadata.mov.media.QuickTimeVideoDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mp4.media.Mp4SoundDirectory;
import com.drew.metadata.mp4.media.Mp4VideoDirectory;

/**
 * Reads a video container's header facts (MP4 and QuickTime boxes) with
 * metadata-extractor, which walks the box structure and skips the media data.
 */
final class VideoInspector {

	/** Movie headers count from 1904; a zero (unset) time lands there. */
	private static final Instant EARLIEST_REAL = Instant.parse("1971-01-01T00:00:00Z");

	/**
	 * The containers read here; other videos (WebM, FLV, MPEG) are reported by type only.
	 */
	private static final Set<String> READABLE = Set.of("video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2",
			"video/x-m4v", "audio/mp4", "video/x-msvideo");

	static boolean reads(String contentType) {
		return READABLE.contains(contentType);
	}

	VideoMetadata read(Path file) throws IOException, ImageProcessingException {
		Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
		Mp4Directory mp4 = metadata.getFirstDirectoryOfType(Mp4Directory.class);
		if (mp4 != null) {
			return mp4(metadata, mp4);
		}
		QuickTimeDirectory mov = metadata.getFirstDirectoryOfType(QuickTimeDirectory.class);
		if (mov != null) {
			return quickTime(metadata, mov);
		}
		return new VideoMetadata(null, null, null, encoder(metadata), null, null, false, false);
	}

	private static VideoMetadata mp4(Metadata metadata, Mp4Directory mp4) {
		Mp4VideoDirectory video = metadata.getFirstDirectoryOfType(Mp4VideoDirectory.class);
		String brand = mp4.getString(Mp4Directory.TAG_MAJOR_BRAND);
		return new VideoMetadata(container("MP4", brand), seconds(mp4, Mp4Directory.TAG_DURATION_SECONDS),
				time(mp4, Mp4Directory.TAG_CREATION_TIME), encoder(metadata),
				(video != null) ? video.getInteger(Mp4VideoDirectory.TAG_WIDTH) : null,
				(video != null) ? video.getInteger(Mp4VideoDirectory.TAG_HEIGHT) : null, video != null,
				metadata.containsDirectoryOfType(Mp4SoundDirectory.class));
	}

	private static VideoMetadata quickTime(Metadata metadata, QuickTimeDirectory mov) {
		QuickTimeVideoDirectory video = metadata.getFirstDirectoryOfType(QuickTimeVideoDirectory.class);
		String brand = mov.getString(QuickTimeDirectory.TAG_MAJOR_BRAND);
		return new VideoMetadata(container("QuickTime", brand), seconds(mov, QuickTimeDirectory.TAG_DURATION_SECONDS),
				time(mov, QuickTimeDirectory.TAG_CREATION_TIME), encoder(metadata),
				(video != null) ? video.getInteger(QuickTimeVideoDirectory.TAG_WIDTH) : null,
				(video != null) ? video.getInteger(QuickTimeVideoDirectory.TAG_HEIGHT) : null, video != null,
				metadata.containsDirectoryOfType(QuickTimeSoundDirectory.class));
	}

	private static String container(String name, String brand) {
		return (brand == null || brand.isBlank()) ? name : name + " (" + brand.strip() + ")";
	}

	private static Double seconds(Directory directory, int tag) {
		Object value = directory.getObject(tag);
		if (value instanceof Rational rational) {
			return (rational.getDenominator() == 0) ? null : rational.doubleValue();
		}
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

	private static Instant time(Directory directory, int tag) {
		Object value = directory.getObject(tag);
		Instant instant = null;
		if (value instanceof Date date) {
			instant = date.toInstant();
		}
		else if (value instanceof Number number) {
			instant = Instant.parse("1904-01-01T00:00:00Z").plusSeconds(number.longValue());
		}
		return (instant != null && instant.isAfter(EARLIEST_REAL)) ? instant : null;
	}

	/** The first encoder, compressor, software or handler name any directory carries. */
	private static String encoder(Metadata metadata) {
		for (Directory directory : metadata.getDirectories()) {
			for (Tag tag : directory.getTags()) {
				String name = tag.getTagName().toLowerCase(Locale.ROOT);
				if (name.contains("encoder") || name.contains("software") || name.contains("compressor name")) {
					String value = directory.getString(tag.getTagType());
					if (value != null && !value.isBlank()) {
						return value.strip();
					}
				}
			}
		}
		return null;
	}

}
