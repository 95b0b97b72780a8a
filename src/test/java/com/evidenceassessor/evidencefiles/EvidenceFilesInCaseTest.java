package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.cli.CommandRun;
import com.evidenceassessor.cli.ExitCodes;
import com.evidenceassessor.evidencefiles.EvidenceFixtures.Exif;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.evidenceassessor.evidencefiles.EvidenceFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evidence files listed by a case's items are inspected while the case is loaded and
 * their facts reach the rules: the example case, located refusals, and what the facts
 * carry.
 */
class EvidenceFilesInCaseTest {

	private static RuleSet rules;

	@TempDir
	Path folder;

	@BeforeAll
	static void loadRules() {
		rules = RuleSetLoader.load(Path.of("rules"));
	}

	private static ItemOpinion item(Opinion opinion, String id) {
		return opinion.items().stream().filter((item) -> item.id().equals(id)).findFirst().orElseThrow();
	}

	private static Reason reason(ItemOpinion item, String ruleId) {
		return item.reasons()
			.stream()
			.filter((reason) -> reason.ruleId().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> new AssertionError(ruleId + " not among " + item.reasons()));
	}

	@Test
	void theExampleCaseFindsTheEditedScreenshotAndThePreservedFileThatNoLongerMatches() {
		CaseFile caseFile = CaseFileReader.read(Path.of("cases/loan-evidence-files"));
		Opinion withFiles = Assessor.of(rules).assess(caseFile, Assessor.Options.SCORES_ONLY);
		Opinion withoutFiles = Assessor.of(rules)
			.assess(caseFile.withDerivedFacts(List.of()), Assessor.Options.SCORES_ONLY);

		ItemOpinion edited = item(withFiles, "E2");
		Reason editor = reason(edited, "spc-evidence-2019/93-7.file-editor-trace");
		assertThat(editor.effect()).isEqualTo("undermines");
		assertThat(editor.points()).isNegative();
		assertThat(editor.citation()).contains("第九十三条第一款第（七）项");
		assertThat(edited.dimensions().authenticity()).isLessThan(item(withoutFiles, "E2").dimensions().authenticity());
		assertThat(edited.needsCorroboration()).isTrue();

		ItemOpinion mismatched = item(withFiles, "E5");
		Reason mismatch = reason(mismatched, "spc-evidence-2019/93-4.file-hash-mismatch");
		assertThat(mismatch.points()).isNegative();
		assertThat(mismatch.citation()).contains("第九十三条第一款第（四）项");
		assertThat(mismatch.about()).as("the reason names the file")
			.containsExactly("evidence/preserved-chat-export.png");
		assertThat(editor.about()).containsExactly("evidence/chat-2024-03-10.jpg");
		assertThat(reason(mismatched, "spc-evidence-2019/87-2.linked-to-fact").about()).isEmpty();
		// a preservation platform's certificate is technical proof, not a presumption of
		// 第九十四条第一款第（二）项: the mismatch leaves no presumption to rebut
		assertThat(mismatched.reasons()).extracting(Reason::ruleId)
			.doesNotContain("spc-evidence-2019/94-1-2.neutral-platform",
					"spc-evidence-2019/94-1.file-hash-mismatch-rebuts");
		assertThat(mismatched.dimensions().authenticity())
			.isLessThan(item(withoutFiles, "E5").dimensions().authenticity());
		assertThat(mismatched.level().name()).isEqualTo("HIGH");

		ItemOpinion preserved = item(withFiles, "E1");
		assertThat(reason(preserved, "spc-evidence-2019/93-4.file-hash-matches").points()).isPositive();
		assertThat(preserved.reasons()).noneMatch((r) -> r.ruleId().contains("mismatch"));
		reason(item(withFiles, "E4"), "wechat-practice/voice.original-file");
		assertThat(item(withFiles, "E3").reasons())
			.noneMatch((r) -> r.ruleId().startsWith("spc-evidence-2019/93-7.file"));
	}

	@Test
	void theFactsCarryWhatTheRulesNeed() throws IOException {
		byte[] screenshot = EvidenceFixtures.png(1080, 2340);
		write(this.folder, "a.png", screenshot);
		write(this.folder, "b.png", screenshot);
		write(this.folder, "photo.jpg", EvidenceFixtures.withExif(EvidenceFixtures.jpeg(64, 48),
				new Exif("Apple", "iPhone 13", null, null, "2024:03:01 11:30:00", "+08:00")));
		write(this.folder, "voice.mp4", EvidenceFixtures.isoMedia("isom", 1_709_260_000L, 3, "vide"));
		Files.writeString(this.folder.resolve("case.yaml"), """
				id: t
				lawDate: "2024-06-01"
				parties: [{ id: d, role: defendant }]
				items:
				  - { id: E1, kind: text, time: "2024-03-01T10:00:00", files: [{ path: a.png }] }
				  - { id: E2, kind: text, files: [{ path: b.png }] }
				  - { id: E3, kind: image, time: "2024-03-01T10:00:00", files: [{ path: photo.jpg }] }
				  - { id: E4, kind: voice, files: [{ path: voice.mp4 }] }
				""");
		List<EvidenceFileFact> facts = CaseFileReader.read(this.folder)
			.derivedFacts()
			.stream()
			.map(EvidenceFileFact.class::cast)
			.toList();
		assertThat(facts).extracting(EvidenceFileFact::itemId).containsExactly("E1", "E2", "E3", "E4");
		assertThat(facts.get(0).sameFileAlsoIn()).containsExactly("E2");
		assertThat(facts.get(1).sameFileAlsoIn()).containsExactly("E1");
		assertThat(facts.get(2).sameFileAlsoIn()).isEmpty();
		assertThat(facts.get(2).minutesAfterMessage()).isEqualTo(90);
		assertThat(facts.get(2).fileTimeSource()).isEqualTo("EXIF DateTimeOriginal");
		assertThat(facts.get(2).editorTrace()).isFalse();
		assertThat(facts.get(3).fitsKind()).isFalse();
		assertThat(facts.get(3).weChatVoiceFormat()).isNull();

		Opinion opinion = Assessor.of(rules).assess(CaseFileReader.read(this.folder), Assessor.Options.SCORES_ONLY);
		reason(item(opinion, "E1"), "spc-evidence-2019/87-2.same-file-two-items");
		reason(item(opinion, "E3"), "spc-evidence-2019/93-7.file-made-after-message");
		reason(item(opinion, "E4"), "spc-evidence-2019/93-7.file-kind-mismatch");
	}

	@Test
	void aFileChangeChangesTheInputHash() throws IOException {
		write(this.folder, "a.png", EvidenceFixtures.png(10, 10));
		Files.writeString(this.folder.resolve("case.yaml"), """
				id: t
				lawDate: "2024-06-01"
				items: [{ id: E1, kind: text, files: [{ path: a.png }] }]
				""");
		String before = CaseFileReader.read(this.folder).inputHash();
		write(this.folder, "a.png", EvidenceFixtures.png(10, 11));
		assertThat(CaseFileReader.read(this.folder).inputHash()).isNotEqualTo(before);
	}

	@Test
	void aPathLeavingTheCaseFolderIsRefusedWithItsLocation() throws IOException {
		Path caseDir = Files.createDirectories(this.folder.resolve("case"));
		Files.writeString(this.folder.resolve("secret.txt"), "x");
		Files.writeString(caseDir.resolve("case.yaml"), """
				id: t
				lawDate: "2024-06-01"
				items: [{ id: E1, kind: text, files: [{ path: ../secret.txt }] }]
				""");
		assertThatThrownBy(() -> CaseFileReader.read(caseDir)).isInstanceOf(InputException.class)
			.hasMessageEndingWith("case.yaml (items[0].files[0]): '../secret.txt' leads outside the case folder; "
					+ "only files inside it are read");
		Files.createSymbolicLink(caseDir.resolve("link.png"), this.folder.resolve("secret.txt"));
		Files.writeString(caseDir.resolve("case.yaml"), """
				id: t
				lawDate: "2024-06-01"
				items: [{ id: E1, kind: image }, { id: E2, kind: text, files: [{ path: link.png }] }]
				""");
		assertThatThrownBy(() -> CaseFileReader.read(caseDir)).hasMessageContaining(
				"case.yaml (items[1].files[0]): 'link.png' leads outside the case folder through a symbolic link");
	}

	@Test
	void aMissingFileOrAMalformedRecordedHashIsALocatedError() throws IOException {
		Files.writeString(this.folder.resolve("case.yaml"), """
				id: t
				lawDate: "2024-06-01"
				items: [{ id: E1, kind: text, files: [{ path: screens/none.png }] }]
				""");
		assertThatThrownBy(() -> CaseFileReader.read(this.folder))
			.hasMessageContaining("(items[0].files[0]): file 'screens/none.png' not found in the case folder");
		write(this.folder, "a.png", EvidenceFixtures.png(10, 10));
		Files.writeString(this.folder.resolve("case.yaml"), """
				id: t
				lawDate: "2024-06-01"
				items: [{ id: E1, kind: text, files: [{ path: a.png, sha256: "12345" }] }]
				""");
		assertThatThrownBy(() -> CaseFileReader.read(this.folder))
			.hasMessageContaining("(items[0].files[0]): recorded SHA-256 must be 64 hexadecimal digits; found '12345'");
	}

	@Test
	void theAssessCommandReportsABadPathInOneLine() throws IOException {
		Files.writeString(this.folder.resolve("case.yaml"), """
				id: t
				lawDate: "2024-06-01"
				items: [{ id: E1, kind: text, files: [{ path: /etc/passwd }] }]
				""");
		CommandRun run = CommandRun.of("assess", "--rules", "rules", this.folder.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.err().strip().lines()).singleElement()
			.asString()
			.contains("(items[0].files[0]): '/etc/passwd' is an absolute path");
	}

}
