package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Path;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.wav.WavDirectory;

/**
 * Tells WeChat's own voice formats (SILK, AMR) from converted copies and reads the
 * duration where the format allows it.
 */
final class AudioInspector {

	private final long maxFrameScanBytes;

	AudioInspector(long maxFrameScanBytes) {
		this.maxFrameScanBytes = maxFrameScanBytes;
	}

	AudioMetadata read(Path file, String contentType) throws IOException, ImageProcessingException {
		AudioFormat format = AudioFormat.ofContentType(contentType);
		return switch (format) {
			case SILK ->
				new AudioMetadata(format, "SILK v3", VoiceFrames.silkSeconds(file, this.maxFrameScanBytes), null);
			case AMR -> new AudioMetadata(format, contentType.equals("audio/amr-wb") ? "AMR-WB" : "AMR-NB",
					VoiceFrames.amrSeconds(file, this.maxFrameScanBytes), null);
			case WAV -> wav(file);
			case MP3 -> new AudioMetadata(format, "MPEG audio layer III", null, null);
			default -> new AudioMetadata(format, contentType, null, null);
		};
	}

	/** An ISO media file (.m4a or an .mp4 with sound only) read as audio. */
	static AudioMetadata fromSoundOnlyVideo(VideoMetadata video) {
		return new AudioMetadata(AudioFormat.M4A, video.container(), video.durationSeconds(), video.encoder());
	}

	private static AudioMetadata wav(Path file) throws IOException, ImageProcessingException {
		Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
		WavDirectory wav = metadata.getFirstDirectoryOfType(WavDirectory.class);
		if (wav == null) {
			return new AudioMetadata(AudioFormat.WAV, "WAV", null, null);
		}
		return new AudioMetadata(AudioFormat.WAV, "WAV", wavSeconds(wav), wav.getString(WavDirectory.TAG_SOFTWARE));
	}

	/** metadata-extractor gives a WAV's duration as text, {@code HH:MM:SS}. */
	private static Double wavSeconds(WavDirectory wav) {
		String duration = wav.getString(WavDirectory.TAG_DURATION);
		if (duration == null || !duration.strip().matches("\\d{1,6}:\\d{1,2}:\\d{1,2}(\\.\\d+)?")) {
			return null;
		}
		String[] parts = duration.strip().split(":");
		return Integer.parseInt(parts[0]) * 3600.0 + Integer.parseInt(parts[1]) * 60.0 + Double.parseDouble(parts[2]);
	}

}
