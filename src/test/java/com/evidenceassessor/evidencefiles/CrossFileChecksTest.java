package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.evidenceassessor.evidencefiles.CrossFileFinding.Type;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.SubmissionForm;
import com.evidenceassessor.support.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.evidenceassessor.evidencefiles.EvidenceFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

class CrossFileChecksTest {

	@TempDir
	Path folder;

	private EvidenceFileFacts inspect(String path) {
		return new EvidenceFileInspector().inspect(CaseFolder.open(this.folder), path, null, Location.file(path));
	}

	@Test
	void theSameFileClaimedByTwoItemsIsFlagged() throws IOException {
		byte[] png = EvidenceFixtures.png(1080, 2340);
		write(this.folder, "a/chat.png", png);
		write(this.folder, "b/copy-of-chat.png", png);
		write(this.folder, "c/other.png", EvidenceFixtures.png(720, 1600));
		List<CrossFileFinding> findings = CrossFileChecks.check(List.of(
				new ItemFiles("E1", ItemKind.IMAGE, List.of(inspect("a/chat.png"))),
				new ItemFiles("E2", ItemKind.TEXT, List.of(inspect("b/copy-of-chat.png"), inspect("c/other.png")))));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.type()).isEqualTo(Type.SAME_FILE_IN_TWO_ITEMS);
			assertThat(finding.itemIds()).containsExactly("E1", "E2");
			assertThat(finding.paths()).containsExactly("a/chat.png", "b/copy-of-chat.png");
			assertThat(finding.text()).contains("E1, E2");
		});
	}

	@Test
	void oneItemListingTheSameFileTwiceOrEmptyFilesAreNotDuplicates() throws IOException {
		write(this.folder, "a.png", EvidenceFixtures.png(10, 10));
		write(this.folder, "e1.amr", new byte[0]);
		write(this.folder, "e2.amr", new byte[0]);
		List<CrossFileFinding> findings = CrossFileChecks
			.check(List.of(new ItemFiles("E1", ItemKind.IMAGE, List.of(inspect("a.png"), inspect("a.png"))),
					new ItemFiles("E2", ItemKind.VOICE, List.of(inspect("e1.amr"))),
					new ItemFiles("E3", ItemKind.VOICE, List.of(inspect("e2.amr")))));
		assertThat(findings).isEmpty();
	}

	@Test
	void aVoiceItemWithAVideoFileDoesNotFit() throws IOException {
		write(this.folder, "voice.mp4", EvidenceFixtures.isoMedia("isom", 1_709_260_000L, 3, "vide"));
		List<CrossFileFinding> findings = CrossFileChecks
			.check(List.of(new ItemFiles("V1", ItemKind.VOICE, List.of(inspect("voice.mp4")))));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.type()).isEqualTo(Type.KIND_TYPE_MISMATCH);
			assertThat(finding.itemIds()).containsExactly("V1");
			assertThat(finding.text())
				.isEqualTo("item 'V1' is a voice item but 'voice.mp4' is video/quicktime (video)");
		});
	}

	@Test
	void anImageItemWithAPdfDoesNotFitButATransferWithAPdfDoes() throws IOException {
		EvidenceFixtures.pdf(this.folder.resolve("voucher.pdf"), "WeChat Pay", null, null);
		EvidenceFileFacts pdf = inspect("voucher.pdf");
		assertThat(CrossFileChecks.check(List.of(new ItemFiles("I1", ItemKind.IMAGE, List.of(pdf)))))
			.extracting(CrossFileFinding::type)
			.containsExactly(Type.KIND_TYPE_MISMATCH);
		assertThat(CrossFileChecks.check(List.of(new ItemFiles("T1", ItemKind.TRANSFER, List.of(pdf))))).isEmpty();
	}

	@Test
	void aPrintedImageOrACertificateFiledAsAPdfFitsItsItem() throws IOException {
		EvidenceFixtures.pdf(this.folder.resolve("scan.pdf"), "Scanner", null, null);
		EvidenceFileFacts pdf = inspect("scan.pdf");
		assertThat(CrossFileChecks
			.check(List.of(new ItemFiles("I1", ItemKind.IMAGE, SubmissionForm.PRINTOUT, List.of(pdf)),
					new ItemFiles("V1", ItemKind.VOICE, SubmissionForm.NOTARIAL_CERTIFICATE, List.of(pdf)),
					new ItemFiles("V2", ItemKind.VIDEO, SubmissionForm.COURT_PRESERVATION, List.of(pdf)))))
			.extracting(CrossFileFinding::type)
			.doesNotContain(Type.KIND_TYPE_MISMATCH);
		// a screenshot is an image: a PDF does not stand for it
		assertThat(CrossFileChecks
			.check(List.of(new ItemFiles("I2", ItemKind.IMAGE, SubmissionForm.SCREENSHOT, List.of(pdf)))))
			.extracting(CrossFileFinding::type)
			.containsExactly(Type.KIND_TYPE_MISMATCH);
	}

	@Test
	void voiceFitsSilkAmrAndConvertedAudioIncludingM4a() throws IOException {
		write(this.folder, "a.silk", EvidenceFixtures.silk(5, true));
		write(this.folder, "b.amr", EvidenceFixtures.amr(5));
		write(this.folder, "c.mp3", EvidenceFixtures.mp3(5));
		write(this.folder, "d.m4a", EvidenceFixtures.isoMedia("M4A ", 1_709_260_000L, 1, "soun"));
		List<EvidenceFileFacts> files = List.of(inspect("a.silk"), inspect("b.amr"), inspect("c.mp3"),
				inspect("d.m4a"));
		assertThat(CrossFileChecks.check(List.of(new ItemFiles("V1", ItemKind.VOICE, files)))).isEmpty();
	}

	@Test
	void aTextItemWithAnAudioFileDoesNotFit() throws IOException {
		write(this.folder, "a.amr", EvidenceFixtures.amr(5));
		assertThat(CrossFileChecks.check(List.of(new ItemFiles("T1", ItemKind.TEXT, List.of(inspect("a.amr"))))))
			.hasSize(1);
		assertThat(CrossFileChecks.check(List.of(new ItemFiles("F1", ItemKind.FILE, List.of(inspect("a.amr"))))))
			.isEmpty();
	}

	@Test
	void aBillFitsSpreadsheetsAndPdfsButNotRecordings() throws IOException {
		write(this.folder, "bill.csv",
				"交易时间,交易类型\n2024-03-01 10:00:00,转账\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		write(this.folder, "call.mp4", EvidenceFixtures.isoMedia("isom", 1_709_260_000L, 3, "vide"));
		assertThat(CrossFileChecks.check(List.of(new ItemFiles("B1", ItemKind.BILL, List.of(inspect("bill.csv"))))))
			.isEmpty();
		assertThat(CrossFileChecks.check(List.of(new ItemFiles("B1", ItemKind.BILL, List.of(inspect("call.mp4"))))))
			.hasSize(1);
	}

}
