package com.evidenceassessor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.support.WireNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A typo in remedies.yaml, deadlines.yaml, questions.yaml, chains.yaml or laws.yaml is a
 * located problem when the rules load, never a failure in the middle of an assessment.
 */
class RuleDataChecksTest {

	@TempDir
	Path temp;

	@Test
	void theProjectsDataFilesAreClean() throws IOException {
		List<RuleProblem> problems = new ArrayList<>();
		RulesData data = RulesData.read(Path.of("rules"), problems);
		assertThat(problems).isEmpty();
		assertThat(data.chains().causes()).containsKeys("privateLending", "sale", "labour", "betrothalGifts",
				"defamation");
	}

	@Test
	void everyMistakeIsReportedWithItsFile() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("remedies.yaml"), "    custody.shownInCourt: true\n    custody.copyCheck: verified",
				"    custody.shownInCourt: true\n    custody.copyCheck: verified\n    custody.shownInCort: true");
		replace(rules.resolve("remedies.yaml"), "causes: [labour]", "causes: [employment]");
		replace(rules.resolve("questions.yaml"), "- field: voice.clear", "- field: voice.clearly");
		replace(rules.resolve("chains.yaml"), "elements: [moneyDelivered]", "elements: [moneyDelivred]");
		replace(rules.resolve("chains.yaml"), "  sale:\n", "  sales:\n");
		replace(rules.resolve("remedies.yaml"), "    dispute.appraisal: authentic", "    dispute.appraisal: genuine");
		replace(rules.resolve("questions.yaml"), "  best: selfRecorded", "  best: yes");
		replace(rules.resolve("questions.yaml"), "    - kinds: [momentsPost]\n      zh: 能否完整提供",
				"    - kinds: [transfer]\n      zh: 能否完整提供");
		replace(rules.resolve("questions.yaml"), "      worst: covertCaptureInPrivateSpace", "      worst: covertly");
		replace(rules.resolve("deadlines.yaml"), "      dueDaysBefore: 10", "      dueDaysBefore: -10");
		replace(rules.resolve("remedies.yaml"),
				"    - when: { counterpartyOrganisation: [true] }\n      actionZh: 对方单位否认",
				"    - when: { counterpartyOrganization: [true] }\n      actionZh: 对方单位否认");
		replace(rules.resolve("chains.yaml"), "            source: 合同法第十条、第一百三十条\n", "");
		replace(rules.resolve("chains.yaml"),
				"        gatherEn: \"The written contract, purchase order, or quotation and its acceptance; without a written"
						+ " contract, delivery notes, receipts, statements of account, invoices and the buyer's earlier payments"
						+ " of the price, read with the parties' way and habits of dealing (SPC Interpretation on Sale Contracts"
						+ " Art. 1)\"\n",
				"");
		assertThat(problemsIn(rules))
			.anySatisfy(p -> assertThat(p).startsWith("remedies.yaml").contains("custody.shownInCort"))
			.anySatisfy(p -> assertThat(p).startsWith("remedies.yaml").contains("employment"))
			.anySatisfy(p -> assertThat(p).startsWith("questions.yaml").contains("voice.clearly"))
			.anySatisfy(p -> assertThat(p).startsWith("chains.yaml").contains("moneyDelivred"))
			.anySatisfy(p -> assertThat(p).startsWith("chains.yaml").contains("'sales' is not a cause of action"))
			.anySatisfy(p -> assertThat(p).startsWith("remedies.yaml")
				.contains("remedy 'appraisal' sets 'dispute.appraisal': the value genuine does not fit"))
			.anySatisfy(p -> assertThat(p).startsWith("questions.yaml")
				.contains("'video.origin': the value true does not fit"))
			.anySatisfy(p -> assertThat(p).startsWith("questions.yaml")
				.contains("in other words is for transfer, which it is not asked for"))
			.anySatisfy(p -> assertThat(p).startsWith("questions.yaml")
				.contains("in other words: worst answer for 'acquisition.obtainedBy': the value covertly does not fit"))
			.anySatisfy(p -> assertThat(p).startsWith("deadlines.yaml")
				.contains("deadline 'witness' before 2015-02-04 has dueDaysBefore -10"))
			.anySatisfy(p -> assertThat(p).startsWith("remedies.yaml")
				.contains(
						"remedy 'voiceprintAppraisal' in other words when 'counterpartyOrganization', which is not a field"))
			.anySatisfy(p -> assertThat(p).startsWith("chains.yaml")
				.contains("requirement 'agreement' has an `earlier` entry without before, source and sourceEn"))
			.anySatisfy(p -> assertThat(p).startsWith("chains.yaml")
				.contains("requirement 'agreement' gives gatherZh or gatherEn without the other"));
	}

	@Test
	void aQuestionSettledByAnActionThatDoesNotSetItsFactIsRefused() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("questions.yaml"), "  settledBy: [phoneCheck]", "  settledBy: [phoneChek, addWitness]");
		assertThat(problemsIn(rules)).containsExactlyInAnyOrder(
				"questions.yaml: question on 'identity.phoneMatchesParty' is settled by 'phoneChek', which remedies.yaml"
						+ " does not define",
				"questions.yaml: question on 'identity.phoneMatchesParty' is settled by 'addWitness', which does not set"
						+ " identity.phoneMatchesParty; expected a remedy whose `set` gives the fact");
	}

	@Test
	void aRequirementForAClaimantTheCauseDoesNotListAndAGroupNamedLikeARemedyAreRefused() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("chains.yaml"), "        claimant: buyer\n", "        claimant: purchaser\n");
		replace(rules.resolve("remedies.yaml"), "addWitness:\n  group: corroboration\n",
				"addWitness:\n  group: addIou\n");
		assertThat(problemsIn(rules)).containsExactlyInAnyOrder(
				"chains.yaml: cause 'sale', requirement 'payment' is for claimant 'purchaser'; expected one of the "
						+ "cause's `claimants` [seller, buyer] or 'unstated'",
				"remedies.yaml: remedy 'addWitness' is in group 'addIou', which is also a remedy's id; expected a "
						+ "group name no remedy has");
	}

	@Test
	void whatTheAssessmentConcludesWordsAnActionButDoesNotDecideWhetherItIsOffered() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("remedies.yaml"), "    identity.thirdPartyIdentification: [false, unknown]\n",
				"    identity.thirdPartyIdentification: [false, unknown]\n    accountTied: [false]\n");
		assertThat(problemsIn(rules)).containsExactly(
				"remedies.yaml: remedy 'witnessIdentifiesAccount' requires 'accountTied', which is read from the "
						+ "assessment: only an action's variants may name it");
	}

	@Test
	void aCauseDatedByARequirementItDoesNotHaveIsRefused() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("chains.yaml"), "    datedBy: returnGround\n", "    datedBy: breakUp\n");
		assertThat(problemsIn(rules)).containsExactly(
				"chains.yaml: cause 'betrothalGifts', datedBy 'breakUp': expected the id of one of its requirements "
						+ "[payment, purpose, returnGround]");
	}

	@Test
	void aRemedyNamingNoDeadlineAndADeadlineNoRemedyNamesAreRefused() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("remedies.yaml"), "  deadline: appraisal\n", "  deadline: apprisal\n");
		replace(rules.resolve("deadlines.yaml"), "    - before: 2015-02-04\n      zh: 申请鉴定应当在举证期限内提出",
				"    - zh: 申请鉴定应当在举证期限内提出");
		replace(rules.resolve("deadlines.yaml"), "witness:\n  zh: 应在举证期限届满前提交证人出庭作证申请书（证据规定第六十九条）\n", "witness:\n");
		assertThat(problemsIn(rules)).containsExactlyInAnyOrder(
				"remedies.yaml: remedy 'appraisal' names deadline 'apprisal', which deadlines.yaml does not define as a "
						+ "time limit; expected one of [evidence, notarialCertificate, preservation, courtInvestigation, "
						+ "orderToProduce, witness, appraisal]",
				"remedies.yaml: remedy 'voiceprintAppraisal' names deadline 'apprisal', which deadlines.yaml does not "
						+ "define as a time limit; expected one of [evidence, notarialCertificate, preservation, "
						+ "courtInvestigation, orderToProduce, witness, appraisal]",
				"remedies.yaml: remedy 'reappraiseVoiceprint' names deadline 'apprisal', which deadlines.yaml does not "
						+ "define as a time limit; expected one of [evidence, notarialCertificate, preservation, "
						+ "courtInvestigation, orderToProduce, witness, appraisal]",
				"remedies.yaml: remedy 'handwritingAppraisal' names deadline 'apprisal', which deadlines.yaml does not "
						+ "define as a time limit; expected one of [evidence, notarialCertificate, preservation, "
						+ "courtInvestigation, orderToProduce, witness, appraisal]",
				"remedies.yaml: remedy 'voiceContentAppraisal' names deadline 'apprisal', which deadlines.yaml does not "
						+ "define as a time limit; expected one of [evidence, notarialCertificate, preservation, "
						+ "courtInvestigation, orderToProduce, witness, appraisal]",
				"remedies.yaml: remedy 'appraiseModifiedClient' names deadline 'apprisal', which deadlines.yaml does not "
						+ "define as a time limit; expected one of [evidence, notarialCertificate, preservation, "
						+ "courtInvestigation, orderToProduce, witness, appraisal]",
				"deadlines.yaml: deadline 'appraisal' is named by no remedy",
				"deadlines.yaml: deadline 'appraisal' has an `earlier` entry without `before`; expected the first "
						+ "day its texts as written apply",
				"deadlines.yaml: deadline 'witness' needs zh and en");
	}

	@Test
	void whatFollowsAPassedTimeLimitMustBeWrittenAndIsNoTimeLimitItself() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("remedies.yaml"), "  deadline: appraisal\n", "  deadline: afterExpiry\n");
		replace(rules.resolve("deadlines.yaml"), "afterExpiry:\n", "afterExpiryy:\n");
		assertThat(problemsIn(rules)).contains(
				"remedies.yaml: remedy 'appraisal' names deadline 'afterExpiry', which deadlines.yaml does not define "
						+ "as a time limit; expected one of [afterExpiryy, evidence, notarialCertificate, preservation, "
						+ "courtInvestigation, orderToProduce, witness, appraisal]",
				"deadlines.yaml: no entry 'afterExpiry'; expected one saying what follows once a time limit has passed "
						+ "(late evidence)");
	}

	@Test
	void aRemedyBearingOnAnElementChainsDoNotDefineIsRefused() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("remedies.yaml"), "  elements: [moneyDelivered, paymentMade]\n",
				"  elements: [moneyDelivered, payment]\n");
		assertThat(problemsIn(rules)).singleElement()
			.asString()
			.startsWith("remedies.yaml: remedy 'addBankRecord' bears on element 'payment', which chains.yaml does not "
					+ "define; expected one of [loanAgreed,");
	}

	@Test
	void aRequirementWithoutItsSourceIsRefused() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("chains.yaml"), "        source: 民法典第四百六十九条、第五百九十五条\n", "");
		assertThat(problemsIn(rules)).containsExactly(
				"chains.yaml: cause 'sale', requirement 'agreement' needs labelZh, labelEn, source and sourceEn");
	}

	@Test
	void anUnknownFieldInChainsIsLocatedByLine() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("chains.yaml"), "    titleEn: Sale of goods\n",
				"    titleEn: Sale of goods\n    tittle: x\n");
		List<RuleProblem> problems = new ArrayList<>();
		RulesData.read(rules, problems);
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).file()).isEqualTo("chains.yaml");
		assertThat(problems.get(0).line()).isPositive();
		assertThat(problems.get(0).message()).contains("tittle");
	}

	@Test
	void anAdmissionWithoutItsProvisionsOrItsStrengthIsRefused() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("chains.yaml"), "  barredEn: \"Civil Procedure Law Interpretation Art. 92(2)",
				"  barredEnglish: \"");
		assertThat(problemsIn(rules)).singleElement().asString().startsWith("chains.yaml").contains("barredEnglish");
		Path unweighed = copyOfTheData();
		replace(unweighed.resolve("parameters/scoring.yaml"), "scoring.chain.admittedFact:", "scoring.chain.admitted:");
		replace(unweighed.resolve("chains.yaml"), "    - before: 2015-02-04\n      source: 证据规定（2001）第八条第一款",
				"    - source: 证据规定（2001）第八条第一款");
		assertThat(problemsIn(unweighed)).containsExactlyInAnyOrder(
				"chains.yaml: admission: expected source, sourceEn, barred, barredEn, withdrawal and withdrawalEn, "
						+ "and a date 'before' on each earlier entry",
				"chains.yaml: admission: expected the parameter scoring.chain.admittedFact (rules/parameters), the "
						+ "strength of a fact the opponent admits");
	}

	@Test
	void anElementNamedInOneLanguageIsRefused() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("chains.yaml"),
				"  debtAcknowledged: { zh: \"借款人确认债务\", en: \"the borrower's acknowledgement of the debt\" }",
				"  debtAcknowledged: { zh: \"借款人确认债务\" }");
		assertThat(problemsIn(rules)).containsExactly("chains.yaml: element 'debtAcknowledged': expected zh and en");
	}

	@Test
	void aSignedDocumentMustBeAKindOfOutsideEvidence() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("chains.yaml"), "signedDocument: iou }", "signedDocument: promissoryNote }");
		assertThat(problemsIn(rules)).containsExactly("chains.yaml: element 'loanAgreed': signedDocument "
				+ "'promissoryNote' is not a kind of outside evidence; expected one of "
				+ WireNames.all(OutsideEvidenceKind.class));
	}

	@Test
	void onlyAnElementIsPaidInParts() throws IOException {
		List<RuleProblem> problems = new ArrayList<>();
		Chains chains = RulesData.read(Path.of("rules"), problems).chains();
		assertThat(chains.elements()).hasEntrySatisfying("moneyDelivered", e -> assertThat(e.inParts()).isTrue())
			.hasEntrySatisfying("paymentMade", e -> assertThat(e.inParts()).isTrue())
			.hasEntrySatisfying("marriagePurpose", e -> assertThat(e.inParts()).isFalse())
			.hasEntrySatisfying("loanAgreed", e -> assertThat(e.inParts()).isFalse());
		Path rules = copyOfTheData();
		replace(rules.resolve("chains.yaml"), "      buyer: { zh: \"买受人（请求交付标的物或返还价款）\", en: ",
				"      buyer: { inParts: true, zh: \"买受人（请求交付标的物或返还价款）\", en: ");
		RulesData.read(rules, problems);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("chains.yaml");
			assertThat(p.line()).isPositive();
			assertThat(p.message()).contains("inParts");
		});
	}

	@Test
	void aLawThatIsARuleInstrumentOrSharesANameOrLacksItsTitlesIsAProblem() throws IOException {
		Path rules = copyOfTheData();
		replace(rules.resolve("laws.yaml"), "contract-law:\n  id: contract-law\n",
				"electronic-signature-law:\n  id: electronic-signature-law\n");
		replace(rules.resolve("laws.yaml"), "  shortTitle: 侵权责任法\n", "  shortTitle: 民法典\n");
		replace(rules.resolve("laws.yaml"), "  titleEn: Labour Law of the PRC\n", "");
		replace(rules.resolve("laws.yaml"), "  inForce: 2010-09-14\n  until: 2020-12-31\n",
				"  inForce: 2010-09-14\n  until: 2009-12-31\n");
		assertThat(problemsIn(rules)).containsExactlyInAnyOrder(
				"laws.yaml: law 'electronic-signature-law' is also in instruments.yaml; expected a law no rule implements",
				"laws.yaml: law 'tort-law' is named '民法典', as 'civil-code' is; expected names that tell the entries apart",
				"laws.yaml: law 'labour-law' needs title, shortTitle, titleEn and inForce",
				"laws.yaml: law 'spc-labour-interpretation-3' ends (2009-12-31) before it comes into force (2010-09-14)");
	}

	@Test
	void lawsAreOptional() throws IOException {
		Path rules = copyOfTheData();
		Files.delete(rules.resolve("laws.yaml"));
		List<RuleProblem> problems = new ArrayList<>();
		RulesData data = RulesData.read(rules, problems);
		assertThat(problems).isEmpty();
		assertThat(data.laws()).isEmpty();
	}

	@Test
	void chainsAreOptional() throws IOException {
		Path rules = copyOfTheData();
		Files.delete(rules.resolve("chains.yaml"));
		List<RuleProblem> problems = new ArrayList<>();
		RulesData data = RulesData.read(rules, problems);
		assertThat(problems).isEmpty();
		assertThat(data.chains()).isEqualTo(Chains.NONE);
	}

	/**
	 * The problems reading the data files of {@code rules} reports, each as "file:
	 * message".
	 */
	private static List<String> problemsIn(Path rules) {
		List<RuleProblem> problems = new ArrayList<>();
		RulesData.read(rules, problems);
		return problems.stream().map(RuleProblem::toString).toList();
	}

	private Path copyOfTheData() throws IOException {
		Path rules = Files.createTempDirectory(this.temp, "rules");
		Path from = Path.of("rules");
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
				Path target = rules.resolve(from.relativize(file).toString());
				if (!target.startsWith(rules.resolve("tests"))) {
					Files.createDirectories(target.getParent());
					Files.copy(file, target);
				}
			}
		}
		return rules;
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertThat(text).as("%s holds the text to change", file.getFileName()).contains(from);
		Files.writeString(file, text.replace(from, to));
	}

}
