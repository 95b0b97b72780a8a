package com.evidenceassessor.ruletests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.ItemPatch;
import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep over the rule base as a whole: combinations of the attributes that decide most
 * assessments (kind, form, notarised, original kept, identity route, disputed, how it was
 * obtained, forum, and a law date in each regime), sampled with a fixed seed so the run
 * is the same every time and takes seconds. For each: nothing throws, the item gets
 * exactly one level and it is the one its score and legality give, every score stays
 * within 0–100, and turning any supporting fact from unknown or false to true never
 * lowers the score.
 */
class RuleSweepTest {

	private static final List<String> KINDS = List.of("text", "image", "voice", "video", "link", "file", "transfer",
			"redPacket", "momentsPost");

	private static final List<String> FORMS = List.of("screenshot", "printout", "screenRecording", "backupExport",
			"notarialCertificate", "originalDevice");

	private static final List<Boolean> TRISTATE = java.util.Arrays.asList(null, true, false);

	private static final List<String> IDENTITY = List.of("none", "weak", "phoneMatchesParty", "realNameViaPayment",
			"admittedByOpponent");

	private static final List<String> OBTAINED = java.util.Arrays.asList(null, "ownAccountOwnDevice",
			"groupParticipant", "othersDeviceWithoutConsent", "intrusion");

	/** One date in each regime and on each side of each change of law. */
	private static final List<String> LAW_DATES = List.of("2014-06-01", "2018-06-01", "2018-10-01", "2020-04-30",
			"2020-05-01", "2021-09-01", "2024-06-01");

	private static final List<String> FORUMS = List.of("ordinary", "internet");

	/**
	 * The facts that favour the party who submits the item: each, set to this value where
	 * the item leaves it unknown or false, must never lower the item's score.
	 */
	private static final Map<String, Object> SUPPORTING_FACTS = supportingFacts();

	private static final int SAMPLES = 40;

	private static RuleSet ruleSet;

	private static Assessor assessor;

	@BeforeAll
	static void load() {
		ruleSet = RuleSetLoader.load(Path.of(System.getProperty("sweep.rules", "rules")));
		assessor = Assessor.of(ruleSet);
	}

	@Test
	void everyCombinationGetsOneLevelWithinBoundsAndSupportingFactsNeverLowerTheScore() {
		List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
		int assessed = grid().parallelStream().mapToInt(point -> {
			LegalCase legalCase = caseOf(point.item(), point.lawDate(), point.forum());
			ItemOpinion before = assess(legalCase);
			checkBounds(before, legalCase.lawDate(), point.item(), violations);
			return 1 + checkMonotone(legalCase, before, point.item(), violations);
		}).sum();
		assertThat(assessed).isGreaterThan(3000);
		assertThat(violations).as("sweep violations").isEmpty();
	}

	/**
	 * Every kind in every regime (both forums), then a fixed-seed sample of the rest of
	 * the grid, each sample on the current law and on one earlier date.
	 */
	private static List<Point> grid() {
		List<Point> grid = new ArrayList<>();
		for (String kind : KINDS) {
			for (String lawDate : LAW_DATES) {
				String forum = FORUMS.get(grid.size() % FORUMS.size());
				grid.add(new Point(item(kind, "screenshot", null, null, "weak", null, null), lawDate, forum));
			}
		}
		Random random = new Random(20260501L);
		for (int i = 0; i < SAMPLES; i++) {
			String kind = pick(random, KINDS);
			String form = pick(random, FORMS);
			Boolean notarized = pick(random, TRISTATE);
			Boolean originalKept = pick(random, TRISTATE);
			if (form.equals("originalDevice") && Boolean.FALSE.equals(originalKept)) {
				// no record is filed on a phone that is gone (the case-file reader
				// refuses it)
				originalKept = null;
			}
			ObjectNode item = item(kind, form, notarized, originalKept, pick(random, IDENTITY), pick(random, TRISTATE),
					pick(random, OBTAINED));
			grid.add(new Point(item, "2024-06-01", pick(random, FORUMS)));
			grid.add(new Point(item, pick(random, LAW_DATES), pick(random, FORUMS)));
		}
		return grid;
	}

	private static ObjectNode item(String kind, String form, Boolean notarized, Boolean originalKept, String identity,
			Boolean disputed, String obtainedBy) {
		ObjectNode item = Json.json().createObjectNode();
		item.put("id", "E1").put("kind", kind).put("counterparty", "defendant").put("submittedBy", "plaintiff");
		ObjectNode custody = item.putObject("custody").put("form", form);
		putIfKnown(custody, "notarized", notarized);
		putIfKnown(custody, "originalDeviceKept", originalKept);
		ObjectNode identityNode = item.putObject("identity");
		switch (identity) {
			case "weak" -> identityNode.put("wechatIdShown", true).put("profilePageShown", true);
			case "none" -> identityNode.put("wechatIdShown", false);
			default -> identityNode.put(identity, true);
		}
		ObjectNode dispute = item.putObject("dispute");
		putIfKnown(dispute, "authenticityDisputed", disputed);
		if (obtainedBy != null) {
			item.putObject("acquisition").put("obtainedBy", obtainedBy);
		}
		return item;
	}

	private static void putIfKnown(ObjectNode node, String field, Boolean value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	private static LegalCase caseOf(ObjectNode item, String lawDate, String forum) {
		ObjectNode root = Json.json().createObjectNode();
		root.put("id", "sweep").put("causeOfAction", "other").put("lawDate", lawDate).put("forum", forum);
		root.putArray("parties")
			.add(Json.json().createObjectNode().put("id", "plaintiff").put("role", "plaintiff").put("client", true))
			.add(Json.json().createObjectNode().put("id", "defendant").put("role", "defendant"));
		root.putArray("items").add(item);
		try {
			return CaseFileReader.parse(Json.json().writeValueAsBytes(root), "sweep", true, null).legalCase();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ItemOpinion assess(LegalCase legalCase) {
		Opinion opinion = assessor.assess(CaseFile.of(null, "sweep", legalCase), Assessor.Options.SCORES_ONLY);
		assertThat(opinion.items()).hasSize(1);
		return opinion.items().get(0);
	}

	private static void checkBounds(ItemOpinion item, LocalDate lawDate, ObjectNode facts, List<String> violations) {
		List<Integer> scores = List.of(item.score(), item.dimensions().authenticity(), item.dimensions().legality(),
				item.dimensions().relevance(), item.dimensions().sufficiency());
		if (scores.stream().anyMatch(s -> s < 0 || s > 100)) {
			violations.add("score out of 0–100 " + scores + " for " + facts + " on " + lawDate);
		}
		Level expected = (item.dimensions().legality() == 0) ? Level.EXCLUDED : band(item.score(), lawDate);
		if (item.level() != expected) {
			violations.add("level " + item.level() + " but score " + item.score() + " and legality "
					+ item.dimensions().legality() + " give " + expected + " for " + facts + " on " + lawDate);
		}
	}

	private static Level band(int score, LocalDate lawDate) {
		if (score >= ruleSet.parameter("scoring.band.low", lawDate).intValue()) {
			return Level.LOW;
		}
		return (score >= ruleSet.parameter("scoring.band.medium", lawDate).intValue()) ? Level.MEDIUM : Level.HIGH;
	}

	private static int checkMonotone(LegalCase legalCase, ItemOpinion before, ObjectNode facts,
			List<String> violations) {
		int assessed = 0;
		for (Map.Entry<String, Object> fact : SUPPORTING_FACTS.entrySet()) {
			var current = ItemPatch.valueAt(legalCase, "E1", fact.getKey());
			boolean open = current == null || (current.isBoolean() && !current.asBoolean());
			if (!open) {
				continue;
			}
			ItemPatch patch = fact.getKey().equals("outsideEvidence")
					? new ItemPatch("E1", Map.of(), Map.of("outsideEvidence", fact.getValue()))
					: ItemPatch.set("E1", fact.getKey(), fact.getValue());
			ItemOpinion after = assess(patch.applyTo(legalCase));
			assessed++;
			if (after.score() < before.score()) {
				violations.add(fact.getKey() + " → " + fact.getValue() + " lowered the score " + before.score() + " → "
						+ after.score() + " on " + legalCase.lawDate() + " for " + facts + "; findings added: "
						+ added(before, after) + ", removed: " + added(after, before));
			}
		}
		return assessed;
	}

	private static List<String> added(ItemOpinion from, ItemOpinion to) {
		List<String> ids = to.reasons().stream().map(Opinion.Reason::ruleId).toList();
		List<String> was = from.reasons().stream().map(Opinion.Reason::ruleId).toList();
		return ids.stream().filter(id -> !was.contains(id)).toList();
	}

	private record Point(ObjectNode item, String lawDate, String forum) {

	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static Map<String, Object> supportingFacts() {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (String field : List.of("custody.originalDeviceKept", "custody.shownInCourt", "custody.notarized",
				"custody.directOutput", "custody.preservationPlatform", "custody.courtPreserved",
				"custody.trustedTimestamp", "custody.electronicSignatureVerified", "custody.forensicReport",
				"custody.extractionReproducible", "identity.wechatIdShown", "identity.profilePageShown",
				"identity.phoneMatchesParty", "identity.realNameViaPayment", "identity.platformRecord",
				"identity.admittedByOpponent", "identity.contentSelfIdentifies", "identity.thirdPartyIdentification",
				"completeness.wholeConversation", "completeness.fullTimestamps", "completeness.contentClear",
				"environment.officialClient", "environment.deviceNormal", "presumptions.adverseToSubmitter",
				"presumptions.neutralPlatform", "presumptions.normalBusiness", "presumptions.archivalCustody",
				"presumptions.agreedChannel", "dispute.admittedByOpponent", "dispute.opponentCanVerify",
				"dispute.crossExamined", "dispute.submittedInTime", "voice.originalAudioKept", "voice.coherent",
				"voice.clear", "voice.positionsClear", "voice.transcript", "image.notarizedWithRecord",
				"image.paperOriginalAvailable", "link.openedContentPreserved", "payment.payeeRealNameShown",
				"payment.eVoucher")) {
			facts.put(field, true);
		}
		facts.put("custody.copyCheck", "verified");
		facts.put("acquisition.obtainedBy", "ownAccountOwnDevice");
		facts.put("video.origin", "selfRecorded");
		facts.put("outsideEvidence", Map.of("kind", "bankRecord", "description", "银行流水"));
		return facts;
	}

}
