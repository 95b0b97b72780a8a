package com.evidenceassessor.evidencefiles;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The time a file says it was made, as a local time in UTC+8 (China Standard Time, the
 * zone of the claimed message times).
 */
final class FileTimes {

	static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	private FileTimes() {
	}

	/** The time and where it comes from, or {@code null}. */
	record FileTime(LocalDateTime time, String source) {

	}

	static FileTime of(FileMetadata metadata) {
		if (metadata instanceof ImageMetadata image && image.captureTime() != null) {
			return new FileTime(exif(image.captureTime(), image.captureOffset()), (image.captureOffset() == null)
					? "EXIF DateTimeOriginal (no offset recorded; read as UTC+8)" : "EXIF DateTimeOriginal");
		}
		if (metadata instanceof VideoMetadata video && video.creationTime() != null) {
			return new FileTime(LocalDateTime.ofInstant(video.creationTime(), CHINA), "movie header creation time");
		}
		if (metadata instanceof PdfMetadata pdf && pdf.created() != null) {
			return new FileTime(pdf.created().atZoneSameInstant(CHINA).toLocalDateTime(), "PDF CreationDate");
		}
		return null;
	}

	/**
	 * Whole minutes from the claimed message time to the file time; negative if before.
	 */
	static Long minutesAfter(LocalDateTime messageTime, FileTime fileTime) {
		if (messageTime == null || fileTime == null) {
			return null;
		}
		return Duration.between(messageTime, fileTime.time()).toMinutes();
	}

	private static LocalDateTime exif(LocalDateTime local, String offset) {
		if (offset == null) {
			return local;
		}
		try {
			return OffsetDateTime.of(local, ZoneOffset.of(offset.strip())).atZoneSameInstant(CHINA).toLocalDateTime();
		}
		catch (java.time.DateTimeException ex) {
			return local;
		}
	}

}
