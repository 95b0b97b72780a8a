package com.evidenceassessor.evidencefiles;

import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.evidencefiles.Observation.Code;

/** Derives the observations about a file from its facts. */
final class Observations {

	private Observations() {
	}

	static List<Observation> of(String sha256, String recorded, HashCheck hash, FileType type, FileMetadata metadata) {
		List<Observation> list = new ArrayList<>();
		hash(list, sha256, recorded, hash);
		type(list, type);
		if (metadata instanceof ImageMetadata image) {
			image(list, image);
		}
		else if (metadata instanceof AudioMetadata audio) {
			audio(list, audio);
		}
		else if (metadata instanceof VideoMetadata video) {
			video(list, video);
		}
		else if (metadata instanceof PdfMetadata pdf) {
			pdf(list, pdf);
		}
		else if (metadata instanceof FileMetadata.Unreadable unreadable) {
			list.add(Observation.doubt(Code.METADATA_UNREADABLE,
					"metadata unreadable although the content is " + type.contentType() + ": " + unreadable.reason()));
		}
		return list;
	}

	private static void hash(List<Observation> list, String sha256, String recorded, HashCheck hash) {
		if (hash == HashCheck.MATCH) {
			list.add(Observation.supports(Code.HASH_MATCH, "SHA-256 matches the recorded hash"));
		}
		else if (hash == HashCheck.MISMATCH) {
			list.add(Observation.doubt(Code.HASH_MISMATCH,
					"SHA-256 does NOT match the recorded hash: recorded " + recorded + ", file has " + sha256));
		}
	}

	private static void type(List<Observation> list, FileType type) {
		if (type.family() == MediaFamily.EMPTY) {
			list.add(Observation.doubt(Code.EMPTY_FILE, "the file is empty (0 bytes)"));
		}
		else if (type.extensionMismatch()) {
			list.add(Observation.doubt(Code.EXTENSION_MISMATCH,
					"the name says " + type.extensionType() + " but the content is " + type.contentType()));
		}
		else if (type.contentType().equals("application/octet-stream")) {
			list.add(Observation.info(Code.CONTENT_UNRECOGNISED, "no known file signature; the type is unknown"));
		}
	}

	private static void image(List<Observation> list, ImageMetadata image) {
		if (image.editingSoftwareFound()) {
			list.add(Observation.doubt(Code.EDITING_SOFTWARE,
					"saved by an image editor: " + String.join("; ", image.editingTraces())));
		}
		if (image.modifiedAfterCapture()) {
			list.add(Observation.doubt(Code.MODIFIED_AFTER_CAPTURE, "EXIF says it was written " + image.modifiedTime()
					+ ", after it was taken " + image.captureTime()));
		}
		if (image.captureTime() == null) {
			list.add(Observation.info(Code.NO_CAPTURE_METADATA,
					"no capture time in the file (usual for screenshots and for images sent through WeChat)"));
		}
		if (image.phoneScreenshotShape()) {
			list.add(Observation.info(Code.PHONE_SCREENSHOT_SHAPE,
					"the size " + image.width() + "x" + image.height() + " is a phone screen's"));
		}
	}

	private static void audio(List<Observation> list, AudioMetadata audio) {
		if (audio.weChatOriginalFormat()) {
			list.add(Observation.supports(Code.WECHAT_VOICE_ORIGINAL,
					audio.container() + ": the format WeChat itself keeps voice messages in (original record)"));
		}
		else {
			list.add(Observation.info(Code.AUDIO_REENCODED,
					audio.format() + ": a converted copy; a WeChat voice message's original is SILK or AMR"));
		}
	}

	private static void video(List<Observation> list, VideoMetadata video) {
		if (video.creationTime() != null) {
			list.add(Observation.info(Code.VIDEO_CREATION_TIME, "the movie header says it was made "
					+ video.creationTime() + (video.encoder() == null ? "" : ", by " + video.encoder())));
		}
	}

	private static void pdf(List<Observation> list, PdfMetadata pdf) {
		if (pdf.changedAfterCreation()) {
			list.add(Observation.doubt(Code.PDF_INCREMENTAL_UPDATES,
					"changed after it was first saved: " + pdf.incrementalUpdates() + " incremental update(s)"));
		}
		if (pdf.modifiedDateAfterCreation()) {
			list.add(Observation.doubt(Code.PDF_MODIFIED_AFTER_CREATION,
					"modified " + pdf.modified() + ", after its creation " + pdf.created()));
		}
		if (pdf.signatures() > 0) {
			list.add(Observation.supports(Code.PDF_SIGNED,
					pdf.signatures() + " signature(s) present (presence only; the signature is not verified here)"));
		}
		if (pdf.changedAfterSignature()) {
			list.add(Observation.doubt(Code.PDF_CHANGED_AFTER_SIGNATURE,
					"a revision was appended after the last signature"));
		}
		if (pdf.encrypted()) {
			list.add(Observation.info(Code.PDF_ENCRYPTED, "the document is encrypted"));
		}
		if (pdf.activeContent()) {
			list.add(Observation.doubt(Code.PDF_ACTIVE_CONTENT,
					"contains JavaScript or automatic actions (noted, never run)"));
		}
	}

}
