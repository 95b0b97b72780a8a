package com.evidenceassessor.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.rules.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example case assesses, and the opinions say what the law says about them, and
 * why.
 */
class ExampleCasesTest {

	private static Assessor assessor;

	@BeforeAll
	static void loadRules() {
		assessor = Assessor.of(RuleSetLoader.load(Path.of("rules")));
	}

	static Stream<Path> exampleCases() throws IOException {
		try (Stream<Path> folders = Files.list(Path.of("cases"))) {
			return folders.filter(Files::isDirectory).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("exampleCases")
	void everyExampleCaseAssessesWithReasonsForEveryItem(Path folder) {
		Opinion opinion = assessor.assess(CaseFileReader.read(folder));
		assertThat(opinion.items()).isNotEmpty();
		for (ItemOpinion item : opinion.items()) {
			assertThat(item.score()).isBetween(0, 100);
			assertThat(item.reasons()).as(item.id() + " reasons").isNotEmpty().allSatisfy(reason -> {
				assertThat(reason.citation()).isNotBlank();
				assertThat(reason.text()).isNotBlank();
				assertThat(reason.textEn()).isNotBlank();
			});
		}
		assertThat(opinion.stamp().ruleSetHash()).hasSize(64);
		assertThat(opinion.stamp().inputHash()).hasSize(64);
	}

	@Test
	void aNotarisedChatScoresClearlyAboveAScreenshotOnlyChatFromAnUnidentifiedAccount() {
		ItemOpinion notarised = item("notarised-chat", "E1");
		ItemOpinion screenshot = item("screenshot-only-unidentified-account", "E1");
		assertThat(notarised.level()).isEqualTo(Level.LOW);
		assertThat(screenshot.level()).isEqualTo(Level.HIGH);
		assertThat(notarised.score() - screenshot.score()).isGreaterThanOrEqualTo(40);
		assertThat(ids(notarised)).contains("spc-evidence-2019/94-2.notarised",
				"wechat-practice/identity.strong-route");
		assertThat(ids(screenshot)).contains("wechat-practice/identity.not-fixed",
				"spc-evidence-2019/90-5.uncheckable-copy", "spc-evidence-2019/90-5.disputed-uncheckable-refused",
				"wechat-practice/identity.denied-not-fixed-refused");
	}

	@Test
	void aVoiceOnlyLoanAcknowledgementIsFlaggedAsNeedingCorroborationAndSaysWhy() {
		ItemOpinion voice = item("voice-only-loan-acknowledgement", "E1");
		assertThat(voice.needsCorroboration()).isTrue();
		assertThat(voice.level()).isNotEqualTo(Level.LOW);
		Reason reason = voice.reasons()
			.stream()
			.filter(r -> r.ruleId().equals("wechat-practice/voice.not-alone"))
			.findFirst()
			.orElseThrow();
		assertThat(reason.citation()).contains("第九十条第（四）项");
		// the profile page shows the WeChat ID: one indicator, so the account is tied
		// first; shown on the phone as well, the voice is no longer in doubt, and the SMS
		// the plan once added reached nothing more (review round 49: a step the others
		// do without is left out)
		assertThat(voice.remedies()).extracting(Opinion.RemedyOption::id).contains("phoneCheck", "accountVoucher");
		assertThat(voice.plan().steps()).extracting(Opinion.PlanStep::id)
			.containsExactly("accountVoucher", "showOnDevice");
		assertThat(voice.plan().scoreAfter()).isEqualTo(95);
	}

	@Test
	void anItemObtainedByIntrusionIntoAnotherAccountIsExcludedCitingArt106() {
		ItemOpinion intruded = item("chat-obtained-by-intrusion", "E1");
		assertThat(intruded.level()).isEqualTo(Level.EXCLUDED);
		assertThat(intruded.score()).isZero();
		assertThat(intruded.reasons()).anySatisfy(r -> {
			assertThat(r.ruleId()).isEqualTo("spc-cpl-interpretation/106.intrusion");
			assertThat(r.citation()).contains("第一百零六条");
		});
		ItemOpinion own = item("chat-obtained-by-intrusion", "E2");
		assertThat(own.level()).isNotEqualTo(Level.EXCLUDED);
	}

	@Test
	void theSameCaseInYamlAndJsonHasTheSameInputHash() throws IOException {
		Path yaml = Path.of("cases/notarised-chat/case.yaml");
		var fromYaml = CaseFileReader.read(yaml);
		byte[] json = com.evidenceassessor.support.Json.json().writeValueAsBytes(fromYaml.legalCase());
		var fromJson = CaseFileReader.parse(json, "case.json", true, null);
		assertThat(fromJson.inputHash()).isEqualTo(fromYaml.inputHash());
	}

	private static ItemOpinion item(String caseName, String itemId) {
		Opinion opinion = assessor.assess(CaseFileReader.read(Path.of("cases", caseName)));
		return opinion.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
	}

	private static List<String> ids(ItemOpinion item) {
		return item.reasons().stream().map(Reason::ruleId).toList();
	}

}
