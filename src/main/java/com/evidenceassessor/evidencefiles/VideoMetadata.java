package com.evidenceassessor.evidencefiles;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * Embedded facts of a video (MP4, QuickTime and similar containers).
 *
 * @param container the container and its brand, e.g. {@code MP4 (isom)}
 * @param durationSeconds the playing time, {@code null} when unknown
 * @param creationTime the creation time in the movie header (UTC), {@code null} when
 * unset
 * @param encoder the encoder, compressor or handler named in the file
 * @param width frame width, {@code null} when unknown
 * @param height frame height, {@code null} when unknown
 * @param hasVideoTrack whether a picture track was found
 * @param hasSoundTrack whether a sound track was found
 */
public record VideoMetadata(String container, Double durationSeconds, Instant creationTime, String encoder,
		Integer width, Integer height, boolean hasVideoTrack, boolean hasSoundTrack) implements FileMetadata {

	@JsonProperty
	@Override
	public String kind() {
		return "video";
	}

}
