package com.evidenceassessor.ruletests;

import java.util.List;

import com.evidenceassessor.evidencefiles.EvidenceFileFact;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One scenario: a small case built from the base case ({@link BaseCase}) with the given
 * changes, and what the rules must conclude about its subject item {@code E1}.
 *
 * @param name the scenario as a sentence
 * @param source where the expectation comes from: statute text, a published decision, or
 * synthetic
 * @param caseFields ({@code case:} in the file) fields of the case to set over the base
 * case (lawDate, causeOfAction, forum, relationship, defences, factsToProve, ...)
 * @param item fields of the subject item {@code E1} to set over the base item
 * @param otherItems further items in the case
 * @param fileFacts what the items' files show, as the evidence-file inspection would
 * report it (no real files are read); each fact's {@code itemId} defaults to {@code E1}
 * @param expect what must hold
 * @param bills payment bills in the case, given by their rows (as if read from the case's
 * {@code bills/} folder)
 */
public record Scenario(String name, String source, @JsonProperty("case") ObjectNode caseFields, ObjectNode item,
		List<ObjectNode> otherItems, List<EvidenceFileFact> fileFacts, Expectation expect, List<ScenarioBill> bills) {

	public Scenario {
		otherItems = (otherItems != null) ? List.copyOf(otherItems) : List.of();
		fileFacts = (fileFacts != null) ? List.copyOf(fileFacts) : List.of();
		bills = (bills != null) ? List.copyOf(bills) : List.of();
	}

}
