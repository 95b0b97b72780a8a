package com.evidenceassessor.assessment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.casefile.CaseFileReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who holds an account is a fact about the account: an account tied to the party in one
 * item is tied in every item with that party — unless the party is known by several
 * WeChat IDs, when which record is with which account is not known.
 */
class SameAccountTest {

	private final Assessor assessor = Assessor.of(ExampleCases.rules());

	@Test
	void theOpponentsAdmissionInTheTransferCarriesToTheChatWithThem() {
		Opinion opinion = assess("[wangjun_parts]");
		assertThat(rules(opinion, "E1")).contains("wechat-practice/identity.same-account-strong")
			.doesNotContain("wechat-practice/identity.not-fixed");
	}

	@Test
	void aPartyKnownBySeveralAccountsCarriesNothing() {
		Opinion opinion = assess("[wangjun_parts, wangjun_2]");
		assertThat(rules(opinion, "E1")).contains("wechat-practice/identity.not-fixed")
			.doesNotContain("wechat-practice/identity.same-account-strong");
	}

	@Test
	void inTheExampleSaleTheChatsWithTheSameSupplierAreIdentifiedTogether() throws java.io.IOException {
		String example = java.nio.file.Files.readString(Path.of("cases/sale-of-goods-deposit/case.yaml"));
		Opinion before = this.assessor.assess(ExampleCases.read(Path.of("cases/sale-of-goods-deposit")));
		assertThat(before.items()).as("the profile page and the WeChat ID it shows are one indicator")
			.allSatisfy(item -> assertThat(item.reasons()).extracting(r -> r.ruleId())
				.contains("wechat-practice/identity.not-fixed"));
		// the phone bound to the account rings in court, shown with the first chat
		String dialled = example.replaceFirst("      profilePageShown: true\n",
				"      profilePageShown: true\n      phoneMatchesParty: true\n");
		Opinion opinion = this.assessor.assess(
				CaseFileReader.parse(dialled.getBytes(StandardCharsets.UTF_8), "case.yaml", false, null),
				Assessor.Options.SCORES_ONLY);
		for (ItemOpinion item : opinion.items()) {
			assertThat(item.reasons()).as(item.id())
				.noneMatch(r -> r.ruleId().equals("wechat-practice/identity.not-fixed"));
		}
	}

	private Opinion assess(String wechatIds) {
		String yaml = """
				id: same-account
				lawDate: "2025-01-10"
				parties:
				  - { id: plaintiff, role: plaintiff, client: true }
				  - { id: defendant, role: defendant, wechatIds: %s }
				items:
				  - { id: E1, kind: text, counterparty: defendant }
				  - { id: E2, kind: transfer, counterparty: defendant, identity: { admittedByOpponent: true } }
				""".formatted(wechatIds);
		return this.assessor.assess(
				CaseFileReader.parse(yaml.getBytes(StandardCharsets.UTF_8), "case.yaml", false, null),
				Assessor.Options.SCORES_ONLY);
	}

	private static java.util.List<String> rules(Opinion opinion, String itemId) {
		return opinion.items()
			.stream()
			.filter(i -> i.id().equals(itemId))
			.flatMap(i -> i.reasons().stream())
			.map(Opinion.Reason::ruleId)
			.toList();
	}

}
