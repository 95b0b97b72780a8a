package com.evidenceassessor.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The guided form's quick check of one item: the few facts that decide most WeChat
 * evidence (what it is, how it was kept and collected, what ties the account to the
 * opponent, whether the record is whole, whether it is disputed). It becomes a one-item
 * case file, read by the same strict reader as an upload, so the form can promise nothing
 * the case file cannot say. Yes/no questions take {@code yes}, {@code no} or blank for
 * "not known".
 */
record QuickCheck(String title, String lawDate, String causeOfAction, String claimant, String kind, String chat,
		String fact, String element, String form, String originalDeviceKept, String backedUp, String directOutput,
		String notarized, String extractedBy, String obtainedBy, String officialClient, String wechatIdShown,
		String profilePageShown, String phoneMatchesParty, String realNameViaPayment, String platformRecord,
		String accountAdmitted, String wholeConversation, String selectiveExcerpt, String editingSigns,
		String fullTimestamps, String contentClear, String authenticityDisputed, String admittedInProceedings,
		String corroboration) {

	static final String SOURCE = "quick-check form";

	/** The form as first shown: a chat text, today's date as the law date. */
	static QuickCheck blank(LocalDate today) {
		return new QuickCheck(null, today.toString(), "privateLending", null, "text", "private", null, null,
				"screenshot", null, null, null, null, null, "ownAccountOwnDevice", null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
	}

	/** The one-item case the form describes, read as a case file would be. */
	CaseFile toCaseFile() {
		return CaseFileReader.parse(toYaml().getBytes(java.nio.charset.StandardCharsets.UTF_8), SOURCE, false, null);
	}

	String toYaml() {
		try {
			return Json.yaml().writeValueAsString(toCase());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> toCase() {
		Map<String, Object> legalCase = new LinkedHashMap<>();
		legalCase.put("id", "quick-check");
		put(legalCase, "title", this.title);
		put(legalCase, "causeOfAction", this.causeOfAction);
		put(legalCase, "claimant", this.claimant);
		put(legalCase, "lawDate", this.lawDate);
		legalCase.put("parties", List.of(Map.of("id", "client", "role", "plaintiff", "name", "委托人", "client", true),
				Map.of("id", "opponent", "role", "defendant", "name", "对方当事人")));
		if (present(this.fact)) {
			Map<String, Object> fact = new LinkedHashMap<>();
			fact.put("id", "fact1");
			put(fact, "element", this.element);
			fact.put("description", this.fact.strip());
			legalCase.put("factsToProve", List.of(fact));
		}
		legalCase.put("items", List.of(item()));
		return legalCase;
	}

	private Map<String, Object> item() {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", "E1");
		put(item, "title", this.title);
		put(item, "kind", this.kind);
		put(item, "chat", this.chat);
		item.put("counterparty", "opponent");
		if (present(this.fact)) {
			item.put("proves", List.of("fact1"));
		}
		group(item, "custody", "form", this.form, "originalDeviceKept", yesNo(this.originalDeviceKept), "backedUp",
				yesNo(this.backedUp), "directOutput", yesNo(this.directOutput), "notarized", yesNo(this.notarized),
				"extractedBy", this.extractedBy);
		group(item, "identity", "wechatIdShown", yesNo(this.wechatIdShown), "profilePageShown",
				yesNo(this.profilePageShown), "phoneMatchesParty", yesNo(this.phoneMatchesParty), "realNameViaPayment",
				yesNo(this.realNameViaPayment), "platformRecord", yesNo(this.platformRecord), "admittedByOpponent",
				yesNo(this.accountAdmitted));
		group(item, "completeness", "wholeConversation", yesNo(this.wholeConversation), "selectiveExcerpt",
				yesNo(this.selectiveExcerpt), "editingSigns", yesNo(this.editingSigns), "fullTimestamps",
				yesNo(this.fullTimestamps), "contentClear", yesNo(this.contentClear));
		group(item, "environment", "officialClient", yesNo(this.officialClient));
		group(item, "acquisition", "obtainedBy", this.obtainedBy);
		group(item, "dispute", "authenticityDisputed", yesNo(this.authenticityDisputed), "admittedByOpponent",
				yesNo(this.admittedInProceedings));
		if (present(this.corroboration)) {
			item.put("outsideEvidence", List.of(Map.of("kind", this.corroboration, "description", "快速检查表单所述")));
		}
		return item;
	}

	private static void group(Map<String, Object> item, String name, Object... pairs) {
		Map<String, Object> group = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			put(group, (String) pairs[i], pairs[i + 1]);
		}
		if (!group.isEmpty()) {
			item.put(name, group);
		}
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value instanceof String text) {
			if (present(text)) {
				map.put(key, text.strip());
			}
		}
		else if (value != null) {
			map.put(key, value);
		}
	}

	/**
	 * {@code yes} → true, {@code no} → false, anything else → not known; kept as text
	 * otherwise.
	 */
	private static Object yesNo(String answer) {
		if (!present(answer)) {
			return null;
		}
		return switch (answer.strip()) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> answer.strip();
		};
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	/** The choices the form offers, as wire names. */
	static List<String> choices(Class<? extends Enum<?>> type) {
		return new ArrayList<>(com.evidenceassessor.support.WireNames.all(type));
	}

}
