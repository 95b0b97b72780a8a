package com.evidenceassessor.evidencefiles;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Embedded facts of an image.
 *
 * @param width width in pixels, {@code null} when unknown
 * @param height height in pixels, {@code null} when unknown
 * @param captureTime EXIF DateTimeOriginal (local time of the camera, no zone)
 * @param captureOffset EXIF OffsetTimeOriginal such as {@code +08:00}, when recorded
 * @param modifiedTime EXIF DateTime (IFD0): when the file was last written by a program
 * that keeps EXIF
 * @param make camera or phone maker (EXIF Make)
 * @param model camera or phone model (EXIF Model)
 * @param software the program named by EXIF Software, XMP CreatorTool or a PNG Software
 * text
 * @param editingTraces each trace of an image editor found, as
 * {@code "Adobe Photoshop 24.0
 * (EXIF Software)"}
 * @param phoneScreenshotShape portrait, at least 16:9, and a common phone screen width
 */
public record ImageMetadata(Integer width, Integer height, LocalDateTime captureTime, String captureOffset,
		LocalDateTime modifiedTime, String make, String model, String software, List<String> editingTraces,
		boolean phoneScreenshotShape) implements FileMetadata {

	public ImageMetadata {
		editingTraces = List.copyOf(editingTraces);
	}

	@JsonProperty
	@Override
	public String kind() {
		return "image";
	}

	@JsonProperty
	public boolean editingSoftwareFound() {
		return !this.editingTraces.isEmpty();
	}

	/** EXIF says the file was written later than the picture was taken. */
	@JsonProperty
	public boolean modifiedAfterCapture() {
		return this.captureTime != null && this.modifiedTime != null
				&& this.modifiedTime.isAfter(this.captureTime.plusSeconds(1));
	}

}
