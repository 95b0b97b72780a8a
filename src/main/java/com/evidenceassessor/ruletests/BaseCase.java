package com.evidenceassessor.ruletests;

import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.bills.evidence.BillCaseFacts;
import com.evidenceassessor.bills.evidence.CaseBill;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The case every scenario starts from: a plaintiff (the client) and a defendant, one text
 * item {@code E1} from the defendant, law date 2024-06-01, and nothing else known. A
 * scenario states only what differs, so it reads as the facts the rule is about.
 */
final class BaseCase {

	private static final String BASE = """
			{ "id": "scenario", "title": "scenario", "causeOfAction": "other", "lawDate": "2024-06-01",
			  "parties": [
			    { "id": "plaintiff", "role": "plaintiff", "name": "原告", "client": true },
			    { "id": "defendant", "role": "defendant", "name": "被告" } ],
			  "items": [] }
			""";

	private static final String ITEM = """
			{ "id": "E1", "kind": "text", "counterparty": "defendant", "submittedBy": "plaintiff" }
			""";

	private BaseCase() {
	}

	static CaseFile build(Scenario scenario, String source) {
		ObjectNode root = parse(BASE);
		if (scenario.caseFields() != null) {
			merge(root, scenario.caseFields());
		}
		ObjectNode subject = parse(ITEM);
		if (scenario.item() != null) {
			merge(subject, scenario.item());
		}
		ArrayNode items = root.putArray("items");
		items.add(subject);
		List<ObjectNode> others = scenario.otherItems();
		for (ObjectNode other : others) {
			ObjectNode item = parse(ITEM);
			merge(item, other);
			items.add(item);
		}
		try {
			CaseFile caseFile = CaseFileReader.parse(Json.json().writeValueAsBytes(root), source, true, null);
			CaseFile withFiles = scenario.fileFacts().isEmpty() ? caseFile
					: caseFile.withDerivedFacts(List.<Object>copyOf(scenario.fileFacts()));
			return withBills(withFiles, scenario.bills());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The bills as the case's bills/ folder would give them: facts, and items for
	 * unlisted ones.
	 */
	private static CaseFile withBills(CaseFile caseFile, List<ScenarioBill> bills) {
		if (bills.isEmpty()) {
			return caseFile;
		}
		List<CaseBill> caseBills = new ArrayList<>();
		for (int i = 0; i < bills.size(); i++) {
			ScenarioBill bill = bills.get(i);
			caseBills.add(new CaseBill(bill.file(i), bill.item(), bill.statement(i)));
		}
		BillCaseFacts.Result result = BillCaseFacts.derive(caseFile.legalCase(), caseBills);
		List<Object> facts = new ArrayList<>(caseFile.derivedFacts());
		facts.addAll(result.facts());
		return CaseFileReader.withItems(caseFile, result.addedItems()).withDerivedFacts(facts);
	}

	private static ObjectNode parse(String json) {
		try {
			return (ObjectNode) Json.json().readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Deep merge: objects merge field by field, anything else replaces. */
	private static void merge(ObjectNode target, ObjectNode changes) {
		changes.fields().forEachRemaining(entry -> {
			JsonNode existing = target.get(entry.getKey());
			if (existing instanceof ObjectNode existingObject && entry.getValue() instanceof ObjectNode change) {
				merge(existingObject, change);
			}
			else {
				target.set(entry.getKey(), entry.getValue());
			}
		});
	}

}
