package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Path;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * Reads one evidence file into {@link EvidenceFileFacts}: hash, true type, embedded
 * metadata and observations. A file that cannot be read at all is a located
 * {@link InputException}; a file whose metadata cannot be read is a fact
 * ({@link FileMetadata.Unreadable}), never a crash.
 */
public final class EvidenceFileInspector {

	private final TypeDetector types = new TypeDetector();

	private final ImageInspector images = new ImageInspector();

	private final VideoInspector videos = new VideoInspector();

	private final PdfInspector pdfs = new PdfInspector();

	/**
	 * Resolves {@code path} inside the case folder and inspects it.
	 * @param folder the case folder
	 * @param path the path as the user wrote it
	 * @param recordedSha256 the hash recorded for the file, or {@code null}
	 * @param where where the path was written
	 */
	public EvidenceFileFacts inspect(CaseFolder folder, String path, String recordedSha256, Location where) {
		String recorded = Sha256.normalizeRecorded(recordedSha256, where);
		ResolvedFile file = folder.resolve(path, where);
		return inspect(file, recorded, folder.limits(), where);
	}

	EvidenceFileFacts inspect(ResolvedFile file, String recorded, EvidenceFileLimits limits, Location where) {
		try {
			String sha256 = Sha256.of(file.realPath());
			HashCheck hash = HashCheck.of(sha256, recorded);
			FileType type = this.types.detect(file.realPath(), file.realPath().getFileName().toString(), file.size());
			FileMetadata metadata = metadata(file.realPath(), type, limits);
			if (metadata instanceof AudioMetadata && type.family() == MediaFamily.VIDEO) {
				type = type.withFamily(MediaFamily.AUDIO);
			}
			return new EvidenceFileFacts(file.relativePath(), file.size(), sha256, recorded, hash, type, metadata,
					Observations.of(sha256, recorded, hash, type, metadata));
		}
		catch (IOException ex) {
			throw new InputException(where,
					"'" + file.relativePath() + "' could not be read: " + ex.getClass().getSimpleName());
		}
	}

	/** Metadata by family; any failure inside a metadata library becomes a fact. */
	private FileMetadata metadata(Path file, FileType type, EvidenceFileLimits limits) {
		try {
			return switch (type.family()) {
				case IMAGE -> ImageInspector.reads(type.contentType()) ? this.images.read(file, type.contentType())
						: new FileMetadata.None();
				case AUDIO -> isoMedia(type.contentType()) ? AudioInspector.fromSoundOnlyVideo(this.videos.read(file))
						: new AudioInspector(limits.maxFrameScanBytes()).read(file, type.contentType());
				case VIDEO -> VideoInspector.reads(type.contentType()) ? soundOrVideo(this.videos.read(file))
						: new VideoMetadata(type.contentType(), null, null, null, null, null, true, false);
				case PDF -> this.pdfs.read(file);
				default -> new FileMetadata.None();
			};
		}
		catch (Exception | StackOverflowError ex) {
			return FileMetadata.Unreadable.of(ex);
		}
		catch (OutOfMemoryError ex) {
			// last line of defence: a header declaring a huge size makes the reader ask
			// for one huge array, which fails before anything is held; the known cases
			// are guarded in BoundedReaders
			return new FileMetadata.Unreadable("a size declared in the file is too large to read safely");
		}
	}

	private static boolean isoMedia(String contentType) {
		return contentType.equals("audio/mp4");
	}

	/** An MP4 with sound only is audio (an .m4a, a converted voice message). */
	private static FileMetadata soundOrVideo(VideoMetadata video) {
		if (!video.hasVideoTrack() && video.hasSoundTrack()) {
			return AudioInspector.fromSoundOnlyVideo(video);
		}
		return video;
	}

}
