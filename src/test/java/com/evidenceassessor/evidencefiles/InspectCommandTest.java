package com.evidenceassessor.evidencefiles;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.cli.CommandRun;
import com.evidenceassessor.cli.ExitCodes;

import com.evidenceassessor.evidencefiles.EvidenceFixtures.Exif;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.evidenceassessor.evidencefiles.EvidenceFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

class InspectCommandTest {

	@TempDir
	Path temp;

	static CommandRun run(String... args) {
		return CommandRun.of(args);
	}

	private Path editedScreenshot() throws IOException {
		byte[] jpeg = EvidenceFixtures.withExif(EvidenceFixtures.jpeg(1080, 2340),
				new Exif(null, null, "Adobe Photoshop 24.0", null, "2024:03:01 10:22:11", null));
		return write(this.temp, "case/screens/chat-01.jpg", jpeg);
	}

	@Test
	void showsTypeHashMetadataAndObservationsOfOneFile() throws IOException {
		Path file = editedScreenshot();
		CommandRun run = run("inspect", file.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.OK);
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).contains("chat-01.jpg")
			.contains("type      image/jpeg [image]  (name says image/jpeg: CONSISTENT)")
			.contains("sha256    " + Sha256.of(file))
			.contains("captured 2024-03-01T10:22:11")
			.contains("software Adobe Photoshop 24.0")
			.contains("! saved by an image editor: Adobe Photoshop 24.0 (EXIF Software)")
			.contains("- the size 1080x2340 is a phone screen's")
			.contains("1 file(s) inspected");
	}

	@Test
	void saysWhetherTheRecordedHashMatches() throws IOException {
		Path file = editedScreenshot();
		CommandRun match = run("inspect", "--sha256", Sha256.of(file), file.toString());
		assertThat(match.exit()).isEqualTo(ExitCodes.OK);
		assertThat(match.out()).contains("recorded: MATCH").contains("+ SHA-256 matches the recorded hash");
		CommandRun mismatch = run("inspect", "--sha256", "a".repeat(64), file.toString());
		assertThat(mismatch.exit()).isEqualTo(ExitCodes.FAILED);
		assertThat(mismatch.out()).contains("recorded: MISMATCH")
			.contains("! SHA-256 does NOT match the recorded hash");
	}

	@Test
	void writesJson() throws IOException {
		Path file = editedScreenshot();
		CommandRun run = run("inspect", "--format", "json", file.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.OK);
		JsonNode json = new ObjectMapper().readTree(run.out());
		JsonNode facts = json.get("files").get(0);
		assertThat(facts.get("path").asText()).isEqualTo("chat-01.jpg");
		assertThat(facts.get("sha256").asText()).isEqualTo(Sha256.of(file));
		assertThat(facts.get("hashCheck").asText()).isEqualTo("NOT_RECORDED");
		assertThat(facts.get("type").get("contentType").asText()).isEqualTo("image/jpeg");
		assertThat(facts.get("metadata").get("kind").asText()).isEqualTo("image");
		assertThat(facts.get("metadata").get("captureTime").asText()).isEqualTo("2024-03-01T10:22:11");
		assertThat(facts.get("metadata").get("editingSoftwareFound").asBoolean()).isTrue();
		assertThat(facts.get("observations").findValuesAsText("code")).contains("EDITING_SOFTWARE");
	}

	@Test
	void inspectsEveryFileOfAFolderWithoutFollowingLinksOut() throws IOException {
		editedScreenshot();
		Path caseDir = this.temp.resolve("case");
		write(caseDir, "voice/v1.amr", EvidenceFixtures.silk(100, true));
		write(caseDir, "voice/v1.mp3", EvidenceFixtures.mp3(10));
		Path secret = Files.writeString(this.temp.resolve("secret.txt"), "outside");
		Files.createSymbolicLink(caseDir.resolve("voice/link.txt"), secret);
		Files.createSymbolicLink(caseDir.resolve("outside-dir"), this.temp);
		CommandRun run = run("inspect", caseDir.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.OK);
		assertThat(run.out()).contains("screens/chat-01.jpg")
			.contains("voice/v1.amr")
			.contains("+ SILK v3: the format WeChat itself keeps voice messages in (original record)")
			.contains("format SILK v3, duration 2.00 s")
			.contains("voice/v1.mp3")
			.contains("- MP3: a converted copy")
			.contains("skipped voice/link.txt: symbolic link leading outside the folder (not followed)")
			.contains("skipped outside-dir: symbolic link leading outside the folder (not followed)")
			.contains("3 file(s) inspected, 2 skipped")
			.doesNotContain("secret.txt\n");
	}

	@Test
	void aFolderWithAnUnreadableFileStillReportsTheOthers() throws IOException {
		Path caseDir = this.temp.resolve("case");
		write(caseDir, "a.txt", "hello".getBytes());
		Files.write(caseDir.resolve("big.bin"), new byte[10]);
		// a file over the size limit cannot be made cheaply at 512 MiB; a FIFO is refused
		// the same way
		Path fifo = caseDir.resolve("pipe");
		boolean madeFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().onExit().join().exitValue() == 0;
		CommandRun run = run("inspect", caseDir.toString());
		assertThat(run.out()).contains("a.txt").contains("big.bin");
		if (madeFifo) {
			assertThat(run.out()).contains("skipped pipe: not a regular file");
		}
		assertThat(run.exit()).isEqualTo(ExitCodes.OK);
	}

	@Test
	void aMissingFileIsOneErrorLineAndInvalidInput() {
		CommandRun run = run("inspect", this.temp.resolve("nope.jpg").toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.out()).isEmpty();
		assertThat(run.err().strip().lines()).singleElement()
			.asString()
			.startsWith("error: ")
			.contains("file 'nope.jpg' not found");
	}

	@Test
	void aSymbolicLinkNamedDirectlyIsRefusedWhenItLeavesItsFolder() throws IOException {
		Path secret = Files.writeString(Files.createDirectories(this.temp.resolve("elsewhere")).resolve("s.txt"), "x");
		Path link = Files.createSymbolicLink(Files.createDirectories(this.temp.resolve("case")).resolve("a.txt"),
				secret);
		CommandRun run = run("inspect", link.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.err()).contains("leads outside the case folder through a symbolic link");
	}

	@Test
	void aBadRecordedHashOrAHashForAFolderIsInvalidInput() throws IOException {
		Path file = editedScreenshot();
		CommandRun bad = run("inspect", "--sha256", "xyz", file.toString());
		assertThat(bad.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(bad.err()).contains("recorded SHA-256 must be 64 hexadecimal digits; found 'xyz'");
		CommandRun folder = run("inspect", "--sha256", "a".repeat(64), this.temp.resolve("case").toString());
		assertThat(folder.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(folder.err()).contains("--sha256 applies to a single file");
	}

	@Test
	void anUnknownFormatIsInvalidInput() throws IOException {
		Path file = editedScreenshot();
		CommandRun run = run("inspect", "--format", "xml", file.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.err()).contains("--format");
	}

	@Test
	void aFolderOverTheFileCountLimitIsRefused() throws IOException {
		Path caseDir = Files.createDirectories(this.temp.resolve("many"));
		for (int i = 0; i < 3; i++) {
			Files.writeString(caseDir.resolve(i + ".txt"), "x");
		}
		CaseFolder folder = CaseFolder.open(caseDir, EvidenceFileLimits.DEFAULT.withMaxFolderFiles(2),
				com.evidenceassessor.support.Location.file("many"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> FolderFiles.list(folder, com.evidenceassessor.support.Location.file("many")))
			.hasMessage("many: the folder holds more than 2 files; inspect a smaller folder");
	}

	@Test
	void aCaseFolderShowsEachItemsFilesAndTheFindingsTheyFeed() throws IOException {
		CommandRun run = run("inspect", "--rules", "rules", "cases/loan-evidence-files");
		assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FAILED);
		assertThat(run.out()).contains("== items and the findings their files feed")
			.contains("E2 [text]")
			.contains("! undermines -20  spc-evidence-2019/93-7.file-editor-trace — 证据规定（2019）第九十三条第一款第（七）项")
			.contains("recorded: MISMATCH")
			.contains("! undermines -35  spc-evidence-2019/93-4.file-hash-mismatch")
			.contains("x removes supports +10  internet-court-2018/11-2.persuasive-elsewhere")
			.contains("+ supports +10  wechat-practice/voice.original-file")
			.contains("7 file(s) inspected");
		CommandRun json = run("inspect", "--rules", "rules", "--format", "json", "cases/loan-evidence-files");
		JsonNode items = new ObjectMapper().readTree(json.out()).get("items");
		assertThat(items.get(1).get("itemId").asText()).isEqualTo("E2");
		assertThat(items.get(1).get("findings").findValuesAsText("ruleId"))
			.contains("spc-evidence-2019/93-7.file-editor-trace");
	}

	@Test
	void aCaseFolderWithoutRulesStillShowsItsFiles() throws IOException {
		Path caseDir = this.temp.resolve("case");
		write(caseDir, "a.png", EvidenceFixtures.png(10, 10));
		write(caseDir, "unlisted.txt", "notes".getBytes());
		Files.writeString(caseDir.resolve("case.yaml"), """
				id: t
				lawDate: "2024-06-01"
				items: [{ id: E1, kind: text, files: [{ path: a.png }] }]
				""");
		CommandRun run = run("inspect", "--rules", this.temp.resolve("no-rules").toString(), caseDir.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.OK);
		assertThat(run.out()).contains("(findings not shown: ")
			.contains("E1 [text]")
			.contains("unlisted.txt")
			.doesNotContain("case.yaml\n  type")
			.contains("2 file(s) inspected");
	}

	@Test
	void aCaseFolderWhoseItemLeavesTheFolderIsInvalidInput() throws IOException {
		Path caseDir = Files.createDirectories(this.temp.resolve("case"));
		Files.writeString(caseDir.resolve("case.yaml"), """
				id: t
				lawDate: "2024-06-01"
				items: [{ id: E1, kind: text, files: [{ path: ../../etc/passwd }] }]
				""");
		CommandRun run = run("inspect", "--rules", "rules", caseDir.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.err().strip().lines()).singleElement()
			.asString()
			.contains("case.yaml (items[0].files[0]): '../../etc/passwd' leads outside the case folder");
	}

}
