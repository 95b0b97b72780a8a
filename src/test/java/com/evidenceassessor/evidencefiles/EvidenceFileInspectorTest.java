package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

import com.evidenceassessor.evidencefiles.EvidenceFixtures.Exif;
import com.evidenceassessor.evidencefiles.Observation.Code;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.evidenceassessor.evidencefiles.EvidenceFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceFileInspectorTest {

	private static final Location WHERE = Location.file("case.yaml").withField("items[0].files[0].path");

	@TempDir
	Path folder;

	private final EvidenceFileInspector inspector = new EvidenceFileInspector();

	private EvidenceFileFacts inspect(String path) {
		return inspect(path, null);
	}

	private EvidenceFileFacts inspect(String path, String recorded) {
		return this.inspector.inspect(CaseFolder.open(this.folder), path, recorded, WHERE);
	}

	// ---- hashes

	@Test
	void hashesTheFileAndReportsNoRecordedHash() throws IOException {
		write(this.folder, "a.txt", "abc".getBytes());
		EvidenceFileFacts facts = inspect("a.txt");
		assertThat(facts.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(facts.size()).isEqualTo(3);
		assertThat(facts.hashCheck()).isEqualTo(HashCheck.NOT_RECORDED);
		assertThat(facts.family()).isEqualTo(MediaFamily.TEXT);
	}

	@Test
	void aRecordedHashThatMatchesSupportsIntegrity() throws IOException {
		write(this.folder, "a.txt", "abc".getBytes());
		EvidenceFileFacts facts = inspect("a.txt",
				"  SHA256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD ");
		assertThat(facts.hashCheck()).isEqualTo(HashCheck.MATCH);
		assertThat(facts.has(Code.HASH_MATCH)).isTrue();
	}

	@Test
	void aFileWhoseHashDoesNotMatchIsAStrongDoubt() throws IOException {
		write(this.folder, "preserved/chat.png", EvidenceFixtures.png(1080, 2340));
		String recorded = "0".repeat(64);
		EvidenceFileFacts facts = inspect("preserved/chat.png", recorded);
		assertThat(facts.hashCheck()).isEqualTo(HashCheck.MISMATCH);
		assertThat(facts.observations()).filteredOn((o) -> o.code() == Code.HASH_MISMATCH)
			.singleElement()
			.satisfies((o) -> {
				assertThat(o.weight()).isEqualTo(Observation.Weight.DOUBT);
				assertThat(o.text()).contains(recorded).contains(facts.sha256());
			});
	}

	@Test
	void aRecordedHashThatIsNotSha256IsRefusedWithItsLocation() throws IOException {
		write(this.folder, "a.txt", "abc".getBytes());
		assertThatThrownBy(() -> inspect("a.txt", "d41d8cd98f00b204e9800998ecf8427e"))
			.isInstanceOf(InputException.class)
			.hasMessageContaining("case.yaml (items[0].files[0].path)")
			.hasMessageContaining("64 hexadecimal digits")
			.hasMessageContaining("32 characters");
	}

	@Test
	void anEmptyFileIsAFactNotAnError() throws IOException {
		write(this.folder, "empty.jpg", new byte[0]);
		EvidenceFileFacts facts = inspect("empty.jpg");
		assertThat(facts.empty()).isTrue();
		assertThat(facts.family()).isEqualTo(MediaFamily.EMPTY);
		assertThat(facts.metadata()).isInstanceOf(FileMetadata.None.class);
		assertThat(facts.has(Code.EMPTY_FILE)).isTrue();
	}

	// ---- images

	@Test
	void readsCaptureTimeDeviceAndEditorFromExif() throws IOException {
		byte[] jpeg = EvidenceFixtures.withExif(EvidenceFixtures.jpeg(400, 300), new Exif("Apple", "iPhone 13",
				"Adobe Photoshop 24.0 (Windows)", "2024:03:05 21:10:00", "2024:03:01 10:22:11", "+08:00"));
		write(this.folder, "photo.jpg", jpeg);
		EvidenceFileFacts facts = inspect("photo.jpg");
		assertThat(facts.contentType()).isEqualTo("image/jpeg");
		assertThat(facts.extensionMismatch()).isFalse();
		ImageMetadata image = (ImageMetadata) facts.metadata();
		assertThat(image.width()).isEqualTo(400);
		assertThat(image.height()).isEqualTo(300);
		assertThat(image.captureTime()).isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 22, 11));
		assertThat(image.captureOffset()).isEqualTo("+08:00");
		assertThat(image.make()).isEqualTo("Apple");
		assertThat(image.model()).isEqualTo("iPhone 13");
		assertThat(image.software()).isEqualTo("Adobe Photoshop 24.0 (Windows)");
		assertThat(image.editingTraces()).containsExactly("Adobe Photoshop 24.0 (Windows) (EXIF Software)");
		assertThat(image.modifiedAfterCapture()).isTrue();
		assertThat(facts.has(Code.EDITING_SOFTWARE)).isTrue();
		assertThat(facts.has(Code.MODIFIED_AFTER_CAPTURE)).isTrue();
		assertThat(image.phoneScreenshotShape()).isFalse();
	}

	@Test
	void aCameraPhotoWithPhoneSoftwareShowsNoEditor() throws IOException {
		byte[] jpeg = EvidenceFixtures.withExif(EvidenceFixtures.jpeg(400, 300),
				new Exif("HUAWEI", "ALN-AL00", "ALN-AL00 4.0.0.120", null, "2024:03:01 10:22:11", null));
		write(this.folder, "photo.jpg", jpeg);
		EvidenceFileFacts facts = inspect("photo.jpg");
		ImageMetadata image = (ImageMetadata) facts.metadata();
		assertThat(image.editingSoftwareFound()).isFalse();
		assertThat(image.modifiedAfterCapture()).isFalse();
		assertThat(facts.observations()).noneMatch((o) -> o.weight() == Observation.Weight.DOUBT);
	}

	@Test
	void anImageWithoutExifHasNoCaptureTime() throws IOException {
		write(this.folder, "sent-through-wechat.jpg", EvidenceFixtures.jpeg(300, 200));
		EvidenceFileFacts facts = inspect("sent-through-wechat.jpg");
		ImageMetadata image = (ImageMetadata) facts.metadata();
		assertThat(image.captureTime()).isNull();
		assertThat(image.make()).isNull();
		assertThat(image.editingTraces()).isEmpty();
		assertThat(facts.has(Code.NO_CAPTURE_METADATA)).isTrue();
	}

	@Test
	void findsABeautifierInXmpCreatorToolAndEditHistory() throws IOException {
		write(this.folder, "a.jpg",
				EvidenceFixtures.withXmp(EvidenceFixtures.jpeg(300, 200), "MTXX 美图秀秀 9.9", "Snapseed 2.0"));
		ImageMetadata image = (ImageMetadata) inspect("a.jpg").metadata();
		assertThat(image.software()).isEqualTo("MTXX 美图秀秀 9.9");
		assertThat(image.editingTraces()).containsExactly("MTXX 美图秀秀 9.9 (XMP CreatorTool)",
				"Snapseed 2.0 (XMP edit history: Snapseed)");
	}

	@Test
	void findsGimpInAJpegCommentAndInAPngText() throws IOException {
		write(this.folder, "a.jpg", EvidenceFixtures.withComment(EvidenceFixtures.jpeg(30, 20), "Created with GIMP"));
		write(this.folder, "b.png",
				EvidenceFixtures.withPngText(EvidenceFixtures.png(30, 20), "Software", "GIMP 2.10.36"));
		assertThat(((ImageMetadata) inspect("a.jpg").metadata()).editingTraces())
			.containsExactly("Created with GIMP (JPEG comment)");
		ImageMetadata png = (ImageMetadata) inspect("b.png").metadata();
		assertThat(png.software()).isEqualTo("GIMP 2.10.36");
		assertThat(png.editingTraces()).containsExactly("GIMP 2.10.36 (PNG Software text)");
	}

	@Test
	void aPngNamedJpgIsAnExtensionMismatch() throws IOException {
		write(this.folder, "screenshot.jpg", EvidenceFixtures.png(1080, 2340));
		EvidenceFileFacts facts = inspect("screenshot.jpg");
		assertThat(facts.contentType()).isEqualTo("image/png");
		assertThat(facts.type().extensionType()).isEqualTo("image/jpeg");
		assertThat(facts.type().extension()).isEqualTo(ExtensionVerdict.MISMATCH);
		assertThat(facts.has(Code.EXTENSION_MISMATCH)).isTrue();
	}

	@Test
	void aTallPhoneSizedImageHasAScreenshotShape() throws IOException {
		write(this.folder, "s.png", EvidenceFixtures.png(1080, 2340));
		write(this.folder, "wide.png", EvidenceFixtures.png(2340, 1080));
		write(this.folder, "odd.png", EvidenceFixtures.png(1000, 2340));
		assertThat(((ImageMetadata) inspect("s.png").metadata()).phoneScreenshotShape()).isTrue();
		assertThat(inspect("s.png").has(Code.PHONE_SCREENSHOT_SHAPE)).isTrue();
		assertThat(((ImageMetadata) inspect("wide.png").metadata()).phoneScreenshotShape()).isFalse();
		assertThat(((ImageMetadata) inspect("odd.png").metadata()).phoneScreenshotShape()).isFalse();
	}

	@Test
	void aCorruptImageGivesAnUnreadableMetadataFactNotACrash() throws IOException {
		byte[] jpeg = EvidenceFixtures.jpeg(300, 200);
		byte[] broken = java.util.Arrays.copyOf(jpeg, 40);
		// a segment length running far past the end of the file
		broken[4] = (byte) 0x7F;
		write(this.folder, "broken.jpg", broken);
		EvidenceFileFacts facts = inspect("broken.jpg");
		assertThat(facts.contentType()).isEqualTo("image/jpeg");
		assertThat(facts.metadata()).isInstanceOf(FileMetadata.Unreadable.class);
		assertThat(facts.has(Code.METADATA_UNREADABLE)).isTrue();
	}

	// ---- audio

	@Test
	void aSilkFileIsWeChatsOriginalVoiceRecord() throws IOException {
		write(this.folder, "voice/msg.silk", EvidenceFixtures.silk(150, true));
		EvidenceFileFacts facts = inspect("voice/msg.silk");
		assertThat(facts.contentType()).isEqualTo("audio/silk");
		assertThat(facts.family()).isEqualTo(MediaFamily.AUDIO);
		AudioMetadata audio = (AudioMetadata) facts.metadata();
		assertThat(audio.format()).isEqualTo(AudioFormat.SILK);
		assertThat(audio.weChatOriginalFormat()).isTrue();
		assertThat(audio.durationSeconds()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.001));
		assertThat(facts.has(Code.WECHAT_VOICE_ORIGINAL)).isTrue();
	}

	@Test
	void silkWithoutWeChatsLeadingByteAndNamedAmrIsStillTheOriginal() throws IOException {
		write(this.folder, "msg.amr", EvidenceFixtures.silk(50, false));
		EvidenceFileFacts facts = inspect("msg.amr");
		assertThat(facts.contentType()).isEqualTo("audio/silk");
		assertThat(facts.type().extension()).isEqualTo(ExtensionVerdict.CONSISTENT);
		assertThat(((AudioMetadata) facts.metadata()).durationSeconds()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void anAmrFileIsWeChatsOriginalVoiceRecord() throws IOException {
		write(this.folder, "msg.amr", EvidenceFixtures.amr(250));
		EvidenceFileFacts facts = inspect("msg.amr");
		assertThat(facts.contentType()).isEqualTo("audio/amr");
		AudioMetadata audio = (AudioMetadata) facts.metadata();
		assertThat(audio.format()).isEqualTo(AudioFormat.AMR);
		assertThat(audio.container()).isEqualTo("AMR-NB");
		assertThat(audio.durationSeconds()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void anMp3CopyIsAReencodedCopy() throws IOException {
		write(this.folder, "msg.mp3", EvidenceFixtures.mp3(40));
		EvidenceFileFacts facts = inspect("msg.mp3");
		assertThat(facts.contentType()).isEqualTo("audio/mpeg");
		AudioMetadata audio = (AudioMetadata) facts.metadata();
		assertThat(audio.format()).isEqualTo(AudioFormat.MP3);
		assertThat(audio.reencodedCopy()).isTrue();
		assertThat(facts.has(Code.AUDIO_REENCODED)).isTrue();
		assertThat(facts.has(Code.WECHAT_VOICE_ORIGINAL)).isFalse();
	}

	@Test
	void aWavCopyHasItsDuration() throws IOException {
		write(this.folder, "msg.wav", EvidenceFixtures.wav(2));
		EvidenceFileFacts facts = inspect("msg.wav");
		assertThat(facts.contentType()).isEqualTo("audio/vnd.wave");
		AudioMetadata audio = (AudioMetadata) facts.metadata();
		assertThat(audio.format()).isEqualTo(AudioFormat.WAV);
		assertThat(audio.durationSeconds()).isEqualTo(2.0);
	}

	@Test
	void anM4aCopyIsAudioAndReencoded() throws IOException {
		write(this.folder, "msg.m4a", EvidenceFixtures.isoMedia("M4A ", 1_709_260_000L, 4, "soun"));
		EvidenceFileFacts facts = inspect("msg.m4a");
		assertThat(facts.family()).isEqualTo(MediaFamily.AUDIO);
		AudioMetadata audio = (AudioMetadata) facts.metadata();
		assertThat(audio.format()).isEqualTo(AudioFormat.M4A);
		assertThat(audio.durationSeconds()).isEqualTo(4.0);
		assertThat(audio.reencodedCopy()).isTrue();
	}

	// ---- video

	@Test
	void readsAVideoHeader() throws IOException {
		write(this.folder, "clip.mp4", EvidenceFixtures.isoMedia("isom", 1_709_260_000L, 12, "vide"));
		EvidenceFileFacts facts = inspect("clip.mp4");
		assertThat(facts.family()).isEqualTo(MediaFamily.VIDEO);
		assertThat(facts.extensionMismatch()).isFalse();
		VideoMetadata video = (VideoMetadata) facts.metadata();
		assertThat(video.container()).isEqualTo("MP4 (isom)");
		assertThat(video.durationSeconds()).isEqualTo(12.0);
		assertThat(video.creationTime()).isEqualTo(Instant.ofEpochSecond(1_709_260_000L));
		assertThat(video.hasVideoTrack()).isTrue();
		assertThat(video.width()).isEqualTo(720);
		assertThat(video.height()).isEqualTo(1280);
	}

	@Test
	void aMinimalMp4WithOnlyAFileTypeBoxIsStillAVideo() throws IOException {
		write(this.folder, "clip.mp4", EvidenceFixtures.isoMedia("mp42", 0, 0, null));
		EvidenceFileFacts facts = inspect("clip.mp4");
		assertThat(facts.contentType()).isEqualTo("video/mp4");
		assertThat(facts.family()).isEqualTo(MediaFamily.VIDEO);
		assertThat(((VideoMetadata) facts.metadata()).creationTime()).isNull();
	}

	// ---- PDF

	@Test
	void aPdfSavedOnceHasNoUpdates() throws IOException {
		EvidenceFixtures.pdf(this.folder.resolve("cert.pdf"), "Preservation platform 3.1",
				EvidenceFixtures.calendar(2024, 3, 2, 9, 0), EvidenceFixtures.calendar(2024, 3, 2, 9, 0));
		EvidenceFileFacts facts = inspect("cert.pdf");
		assertThat(facts.family()).isEqualTo(MediaFamily.PDF);
		PdfMetadata pdf = (PdfMetadata) facts.metadata();
		assertThat(pdf.producer()).isEqualTo("Preservation platform 3.1");
		assertThat(pdf.creator()).isEqualTo("Evidence certificate issuer");
		assertThat(pdf.created().toInstant()).isEqualTo(EvidenceFixtures.calendar(2024, 3, 2, 9, 0).toInstant());
		assertThat(pdf.pages()).isEqualTo(1);
		assertThat(pdf.eofMarkers()).isEqualTo(1);
		assertThat(pdf.incrementalUpdates()).isZero();
		assertThat(pdf.signatures()).isZero();
		assertThat(pdf.encrypted()).isFalse();
		assertThat(pdf.activeContent()).isFalse();
		assertThat(facts.observations()).noneMatch((o) -> o.weight() == Observation.Weight.DOUBT);
	}

	@Test
	void aPdfChangedByAnIncrementalUpdateIsNoted() throws IOException {
		Path original = this.folder.resolve("original.pdf");
		EvidenceFixtures.pdf(original, "Preservation platform 3.1", EvidenceFixtures.calendar(2024, 3, 2, 9, 0),
				EvidenceFixtures.calendar(2024, 3, 2, 9, 0));
		EvidenceFixtures.updateIncrementally(original, this.folder.resolve("cert.pdf"),
				EvidenceFixtures.calendar(2024, 6, 1, 15, 30));
		EvidenceFileFacts facts = inspect("cert.pdf");
		PdfMetadata pdf = (PdfMetadata) facts.metadata();
		assertThat(pdf.eofMarkers()).isEqualTo(2);
		assertThat(pdf.incrementalUpdates()).isEqualTo(1);
		assertThat(pdf.changedAfterCreation()).isTrue();
		assertThat(pdf.modifiedDateAfterCreation()).isTrue();
		assertThat(facts.has(Code.PDF_INCREMENTAL_UPDATES)).isTrue();
		assertThat(facts.has(Code.PDF_MODIFIED_AFTER_CREATION)).isTrue();
	}

	@Test
	void aSignedPdfChangedAfterSigningIsNoted() throws IOException {
		Path original = this.folder.resolve("original.pdf");
		EvidenceFixtures.pdf(original, "Notary office", EvidenceFixtures.calendar(2024, 3, 2, 9, 0),
				EvidenceFixtures.calendar(2024, 3, 2, 9, 0));
		EvidenceFixtures.sign(original, this.folder.resolve("signed.pdf"));
		EvidenceFixtures.updateIncrementally(this.folder.resolve("signed.pdf"), this.folder.resolve("changed.pdf"),
				EvidenceFixtures.calendar(2024, 6, 1, 15, 30));
		PdfMetadata signed = (PdfMetadata) inspect("signed.pdf").metadata();
		assertThat(signed.signatures()).isEqualTo(1);
		assertThat(signed.changedAfterSignature()).isFalse();
		EvidenceFileFacts changed = inspect("changed.pdf");
		PdfMetadata pdf = (PdfMetadata) changed.metadata();
		assertThat(pdf.signatures()).isEqualTo(1);
		assertThat(pdf.incrementalUpdates()).isEqualTo(2);
		assertThat(pdf.changedAfterSignature()).isTrue();
		assertThat(changed.has(Code.PDF_SIGNED)).isTrue();
		assertThat(changed.has(Code.PDF_CHANGED_AFTER_SIGNATURE)).isTrue();
	}

	@Test
	void javaScriptInAPdfIsNotedNeverRun() throws IOException {
		EvidenceFixtures.pdfWithJavaScript(this.folder.resolve("js.pdf"));
		EvidenceFileFacts facts = inspect("js.pdf");
		assertThat(((PdfMetadata) facts.metadata()).activeContent()).isTrue();
		assertThat(facts.has(Code.PDF_ACTIVE_CONTENT)).isTrue();
	}

	@Test
	void aTruncatedPdfGivesAnUnreadableMetadataFact() throws IOException {
		write(this.folder, "broken.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes());
		EvidenceFileFacts facts = inspect("broken.pdf");
		assertThat(facts.contentType()).isEqualTo("application/pdf");
		assertThat(facts.metadata()).isInstanceOf(FileMetadata.Unreadable.class);
		assertThat(((FileMetadata.Unreadable) facts.metadata()).reason()).doesNotContain("\n").hasSizeLessThan(201);
	}

	@Test
	void aPdfNamedJpgIsAnExtensionMismatch() throws IOException {
		EvidenceFixtures.pdf(this.folder.resolve("scan.jpg"), "x", null, null);
		EvidenceFileFacts facts = inspect("scan.jpg");
		assertThat(facts.family()).isEqualTo(MediaFamily.PDF);
		assertThat(facts.extensionMismatch()).isTrue();
	}

	@Test
	void unknownBytesAreNotJudgedAgainstTheirName() throws IOException {
		write(this.folder, "backup.db", new byte[] { 1, 2, 3, 4, (byte) 0xFE, 0, 7, (byte) 0x99 });
		EvidenceFileFacts facts = inspect("backup.db");
		assertThat(facts.contentType()).isEqualTo("application/octet-stream");
		assertThat(facts.type().extension()).isEqualTo(ExtensionVerdict.NOT_JUDGED);
		assertThat(facts.has(Code.CONTENT_UNRECOGNISED)).isTrue();
		assertThat(Files.exists(this.folder.resolve("backup.db"))).isTrue();
	}

}
