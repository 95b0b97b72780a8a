package com.evidenceassessor.casefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad case files, written to disk as a user would hand them over, give located errors.
 */
class CaseFileReaderTest {

	private static final String GOOD = """
			id: t
			lawDate: "2024-06-01"
			parties:
			  - { id: plaintiff, role: plaintiff, name: 甲, client: true }
			  - { id: defendant, role: defendant, name: 乙 }
			items:
			  - id: E1
			    kind: text
			    counterparty: defendant
			    custody:
			      notarized: true
			""";

	@TempDir
	Path folder;

	@Test
	void aGoodCaseFileReadsWithUnstatedFactsUnknown() throws IOException {
		CaseFile caseFile = CaseFileReader.read(write("case.yaml", GOOD));
		var item = caseFile.legalCase().items().get(0);
		assertThat(item.kind()).isEqualTo(ItemKind.TEXT);
		assertThat(item.custody().notarized()).isTrue();
		assertThat(item.custody().shownInCourt()).as("unstated is unknown, not false").isNull();
		assertThat(item.identity().admittedByOpponent()).isNull();
	}

	@Test
	void anUnknownFieldIsRejectedWithLineColumnPathAndTheFieldsExpected() throws IOException {
		Path file = write("case.yaml", GOOD.replace("notarized: true", "notarised: true"));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class).satisfies(ex -> {
			InputException error = (InputException) ex;
			assertThat(error.location().line()).isEqualTo(12);
			assertThat(error.location().column()).isPositive();
			assertThat(error.location().field()).isEqualTo("items[0].custody.notarised");
			assertThat(error.problem()).contains("unknown field 'notarised'").contains("notarized");
		}).hasMessageStartingWith(file + ":12:");
	}

	@Test
	void aDepositOnChainAfterTheDayTheOpinionIsPreparedForIsRejectedWhereItIs() throws IOException {
		Path file = write("case.yaml",
				GOOD.replace("lawDate: \"2024-06-01\"", "lawDate: \"2024-06-01\"\npreparedOn: \"2024-05-20\"")
					.replace("notarized: true", "notarized: true\n      depositTime: \"2024-05-22T13:38:00\""));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("items[0].custody.depositTime")
			.hasMessageContaining("after preparedOn (2024-05-20)");
		Path fine = write("case.yaml",
				GOOD.replace("notarized: true", "notarized: true\n      depositTime: \"2024-05-19T13:38:00\""));
		assertThat(CaseFileReader.read(fine).legalCase().items().get(0).custody().depositTime()).isNotNull();
	}

	@Test
	void aWrongEnumValueNamesTheChoices() throws IOException {
		Path file = write("case.yaml", GOOD.replace("kind: text", "kind: txt"));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining(":8:")
			.hasMessageContaining("items[0].kind")
			.hasMessageContaining("found 'txt'")
			.hasMessageContaining("text, image, voice, video, link, file, transfer, redPacket, momentsPost");
	}

	@Test
	void aWrongTypeSaysWhatWasExpected() throws IOException {
		Path file = write("case.yaml", GOOD.replace("notarized: true", "notarized: maybe"));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining(":11:")
			.hasMessageContaining("items[0].custody.notarized")
			.hasMessageContaining("found 'maybe'; expected true or false")
			.hasMessageNotContaining("coerce");
	}

	@Test
	void anImpossibleDateIsRejectedNotRolledOver() throws IOException {
		Path file = write("case.yaml", GOOD.replace("\"2024-06-01\"", "\"2026-02-30\""));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("lawDate")
			.hasMessageContaining("YYYY-MM-DD");
	}

	@Test
	void aMissingLawDateIsRejected() throws IOException {
		Path file = write("case.yaml", GOOD.replace("lawDate: \"2024-06-01\"\n", ""));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("(lawDate)")
			.hasMessageContaining("missing");
	}

	@Test
	void aDanglingReferenceNamesTheKnownIds() throws IOException {
		Path file = write("case.yaml", GOOD.replace("counterparty: defendant", "counterparty: defendent"));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining(file + ":9:5 (items[0].counterparty)")
			.hasMessageContaining("found 'defendent'")
			.hasMessageContaining("defendant, plaintiff");
	}

	@Test
	void duplicateItemIdsAreRejected() throws IOException {
		Path file = write("case.yaml", GOOD + "  - { id: E1, kind: voice }\n");
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining(file + ":12:7 (items[1].id)")
			.hasMessageContaining("used twice");
	}

	@Test
	void aReferenceInAJsonCaseFilePointsAtItsLineToo() throws IOException {
		Path file = write("case.json", """
				{
				  "id": "t",
				  "lawDate": "2024-06-01",
				  "factsToProve": [{ "id": "loanAgreed", "element": "loanAgreed" }],
				  "items": [
				    { "id": "E1", "kind": "text",
				      "proves": ["loanAgreed", "loanAgred"] }
				  ]
				}
				""");
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining(file + ":7:")
			.hasMessageContaining("(items[0].proves[1])")
			.hasMessageContaining("found 'loanAgred'");
	}

	@Test
	void aMissingFieldIsReportedAtTheEntryThatLacksIt() throws IOException {
		Path file = write("case.yaml", GOOD + "  - { kind: voice }\n");
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining(file + ":12:5 (items[1].id)")
			.hasMessageContaining("missing");
	}

	@Test
	void aMisindentedLineSaysWhereAndWhatWasExpected() throws IOException {
		Path file = write("case.yaml", GOOD.replace("    counterparty: defendant", "   counterparty: defendant"));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining(file + ":9:4")
			.hasMessageContaining("indentation does not line up")
			.hasMessageContaining("expected <block end>");
	}

	@Test
	void duplicateKeysAreRejectedNotSilentlyOverwritten() throws IOException {
		Path file = write("case.yaml", GOOD.replace("    kind: text\n", "    kind: text\n    kind: voice\n"));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("kind");
	}

	@Test
	void aVideoKeptOutsideWeChatIsInNoChatAndOnlyVideosAreKeptSo() throws IOException {
		Path inChat = write("case.yaml",
				GOOD + "  - { id: E2, kind: video, chat: group, video: { outsideWeChat: true } }\n");
		assertThatThrownBy(() -> CaseFileReader.read(inChat)).isInstanceOf(InputException.class)
			.hasMessageContaining("items[1].chat")
			.hasMessageContaining("expected no chat");
		Path image = write("case.yaml", GOOD + "  - { id: E2, kind: image, video: { outsideWeChat: true } }\n");
		assertThatThrownBy(() -> CaseFileReader.read(image)).isInstanceOf(InputException.class)
			.hasMessageContaining("items[1].video.outsideWeChat")
			.hasMessageContaining("set on an item of kind image; expected only on a video");
		Path camera = write("case.yaml", GOOD + "  - { id: E2, kind: video, video: { outsideWeChat: true } }\n");
		assertThat(CaseFileReader.read(camera).legalCase().items().get(1).video().outsideWeChat()).isTrue();
	}

	@Test
	void whatAVideoShowsOfTimeAndPlaceIsGivenOnlyForAVideo() throws IOException {
		Path image = write("case.yaml", GOOD + "  - { id: E2, kind: image, video: { placeIdentifiable: true } }\n");
		assertThatThrownBy(() -> CaseFileReader.read(image)).isInstanceOf(InputException.class)
			.hasMessageContaining("items[1].video.placeIdentifiable")
			.hasMessageContaining("set on an item of kind image; expected only on a video");
		Path text = write("case.yaml", GOOD + "  - { id: E2, kind: text, video: { recordingTimeShown: false } }\n");
		assertThatThrownBy(() -> CaseFileReader.read(text)).isInstanceOf(InputException.class)
			.hasMessageContaining("items[1].video.recordingTimeShown");
		Path video = write("case.yaml",
				GOOD + "  - { id: E2, kind: video, video: { recordingTimeShown: true, placeIdentifiable: false } }\n");
		assertThat(CaseFileReader.read(video).legalCase().items().get(1).video().placeIdentifiable()).isFalse();
	}

	@Test
	void aRecordCannotBeFiledOnAPhoneThatIsGone() throws IOException {
		Path gone = write("case.yaml", GOOD
				+ "  - { id: E2, kind: text, custody: { form: originalDevice, originalDeviceKept: false, originalUnavailableReason: lost } }\n");
		assertThatThrownBy(() -> CaseFileReader.read(gone)).isInstanceOf(InputException.class)
			.hasMessageContaining("items[1].custody.form")
			.hasMessageContaining("found 'originalDevice' while custody.originalDeviceKept is false");
		Path kept = write("case.yaml", GOOD + "  - { id: E2, kind: text, custody: { form: originalDevice } }\n");
		assertThat(CaseFileReader.read(kept).legalCase().items().get(1).custody().form())
			.isEqualTo(com.evidenceassessor.facts.SubmissionForm.ORIGINAL_DEVICE);
	}

	@Test
	void aNegativeAmountIsRejected() throws IOException {
		Path file = write("case.yaml",
				GOOD.replace("    custody:\n      notarized: true\n", "    payment:\n      amount: -5\n"));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("items[0].payment.amount");
	}

	@Test
	void invalidUtf8IsRejectedWithAdvice() throws IOException {
		Path file = folder.resolve("case.yaml");
		Files.write(file, GOOD.getBytes(java.nio.charset.Charset.forName("GBK")));
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("not UTF-8");
	}

	@Test
	void anEmptyFileIsRejected() throws IOException {
		Path file = write("case.yaml", "\n\n");
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("empty");
	}

	@Test
	void trailingContentAfterAJsonCaseIsRejected() throws IOException {
		Path file = write("case.json",
				"{\"id\":\"t\",\"lawDate\":\"2024-06-01\",\"items\":[{\"id\":\"E1\",\"kind\":\"text\"}]} {\"x\":1}");
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("case.json:1:");
	}

	@Test
	void aFileOverTheSizeLimitIsRejectedBeforeParsing() throws IOException {
		Path file = write("case.yaml", GOOD + "notes: \"" + "x".repeat((int) CaseFileReader.MAX_BYTES) + "\"\n");
		assertThatThrownBy(() -> CaseFileReader.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("the limit is");
	}

	@Test
	void aFolderWithoutACaseFileSaysWhatItExpected() {
		assertThatThrownBy(() -> CaseFileReader.read(this.folder)).isInstanceOf(InputException.class)
			.hasMessageContaining("case.yaml, case.yml, case.json");
	}

	@Test
	void yamlTypeTagsDoNotInstantiateClasses() throws IOException {
		Path file = write("case.yaml", GOOD.replace("id: t", "id: !!java.io.File /etc/passwd"));
		CaseFile caseFile = CaseFileReader.read(file);
		assertThat(caseFile.legalCase().id()).isEqualTo("/etc/passwd");
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.folder.resolve(name), text, StandardCharsets.UTF_8);
	}

}
