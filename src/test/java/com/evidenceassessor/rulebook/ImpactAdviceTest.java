package com.evidenceassessor.rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.casefile.CaseYamlFixture;
import com.evidenceassessor.rulebook.ImpactReport.AdviceChange;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code rules impact --plans}: a change to the advice data (remedies.yaml, chains.yaml)
 * that moves no score is still reported, item by item, with the text before and after.
 */
class ImpactAdviceTest {

	private static final Path CASE = Path.of("cases/loan-by-wechat-transfer");

	private static final String DEADLINE = "在举证期限届满前完成公证并提交公证书（证据规定第五十一条；民事诉讼法第六十八条）";

	@TempDir
	Path temp;

	@Test
	void aRewordedDeadlineAnActionNoLongerOfferedAndAChangedBasisAreReported() {
		Path changed = this.temp.resolve("rules");
		RulesFixture.copyTree(Path.of("rules"), changed);
		RulesFixture.replace(changed, "deadlines.yaml", "  zh: " + DEADLINE, "  zh: 在举证期限届满前提交公证书（证据规定第五十一条）");
		// the platform certificate now only for bills: no longer offered for a chat
		String certificateRequires = "  requires:\n    # a notarised record is not certified by a platform as well";
		String certificateKinds = "  kinds: [text, image, voice, video, link, file, transfer, redPacket, momentsPost]";
		RulesFixture.replace(changed, "remedies.yaml", certificateKinds + "\n  causes: []\n" + certificateRequires,
				"  kinds: [bill]\n  causes: []\n" + certificateRequires);
		RulesFixture.replace(changed, "chains.yaml", "source: 民法典第六百六十七条；", "source: 民法典第六百六十七条、第六百六十八条；");
		RuleSet baseline = RuleSetLoader.load(Path.of("rules"));
		RuleSet current = RuleSetLoader.load(changed);

		ImpactReport report = ImpactAnalysis.run("rules", baseline, current, CASE, true);

		assertThat(report.changes()).isEmpty();
		assertThat(report.advice()).extracting(AdviceChange::itemId, AdviceChange::what)
			.contains(tuple("E4", "action notarise: deadline"),
					tuple("E4", "action no longer offered: platformCertificate"),
					tuple(null, "chain agreement: basis"));
		assertThat(report.advice()).filteredOn(a -> a.what().equals("action notarise: deadline"))
			.allSatisfy(a -> assertThat(a.before()).isEqualTo(DEADLINE));
		assertThat(ImpactAnalysis.run("rules", baseline, current, CASE).advice()).isEmpty();
	}

	@Test
	void anElementNoLongerProvedPaymentByPaymentChangesNothingWhereSmallPaymentsBarelyWeigh() {
		Path changed = this.temp.resolve("rules");
		RulesFixture.copyTree(Path.of("rules"), changed);
		RulesFixture.replace(changed, "chains.yaml", "en: \"payment made\", inParts: true", "en: \"payment made\"");
		ImpactReport report = ImpactAnalysis.run("rules", RuleSetLoader.load(Path.of("rules")),
				RuleSetLoader.load(changed), Path.of("cases/bride-price-red-packets"), true);
		// the 520 and 1314 red packets, weighed by their amounts, barely move the
		// ¥188,000 transfer: neither the case nor an item moves
		assertThat(report.changes()).isEmpty();
		assertThat(report.advice()).isEmpty();
	}

	@Test
	void anElementNoLongerProvedPaymentByPaymentLetsTheStrongerTransferCarryALoanHalfWeaklyProved() throws IOException {
		Path changed = this.temp.resolve("rules");
		RulesFixture.copyTree(Path.of("rules"), changed);
		RulesFixture.replace(changed, "chains.yaml", "en: \"delivery of the money\", inParts: true",
				"en: \"delivery of the money\"");
		Path loan = Files.createDirectories(this.temp.resolve("cases/two-transfers"));
		Files.writeString(loan.resolve("case.yaml"), CaseYamlFixture.twoParties("two-transfers", "privateLending",
				"2025-01-10")
				+ """
						factsToProve:
						  - { id: F2, element: moneyDelivered, description: 分两笔交付借款30万元 }
						items:
						  - id: E2
						    kind: transfer
						    counterparty: defendant
						    proves: [F2]
						    custody: { form: screenshot, originalDeviceKept: false }
						    payment: { amount: 200000, time: "2024-03-08T09:12:00", status: received, outgoing: true }
						  - id: E3
						    kind: transfer
						    counterparty: defendant
						    proves: [F2]
						    identity: { admittedByOpponent: true }
						    payment: { amount: 100000, time: "2024-03-09T10:00:00", status: received, outgoing: true, eVoucher: true }
						""");
		ImpactReport report = ImpactAnalysis.run("rules", RuleSetLoader.load(Path.of("rules")),
				RuleSetLoader.load(changed), this.temp.resolve("cases"), true);
		// without the flag the ¥100,000 transfer alone sets the delivery, and the case
		assertThat(report.changes()).singleElement().satisfies(change -> {
			assertThat(change.itemId()).isNull();
			assertThat(change.scoreBefore()).isLessThan(change.scoreAfter());
		});
		assertThat(report.advice()).extracting(AdviceChange::what).contains("chain delivery: strength");
	}

}
