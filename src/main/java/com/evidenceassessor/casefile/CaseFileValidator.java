package com.evidenceassessor.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.SubmissionForm;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.Party;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import com.evidenceassessor.support.WireNames;

/**
 * The checks a case file must pass beyond its types: required fields, unique ids,
 * references.
 */
final class CaseFileValidator {

	private static final LocalDate EARLIEST = LocalDate.of(1991, 4, 9);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private final String source;

	private CaseFileValidator(String source) {
		this.source = source;
	}

	static void validate(LegalCase legalCase, String source) {
		new CaseFileValidator(source).check(legalCase);
	}

	private void check(LegalCase legalCase) {
		require(legalCase.id(), "id", "a case id such as \"loan-by-transfer\"");
		if (legalCase.lawDate() == null) {
			fail("lawDate", "missing; expected the hearing or submission date that selects the law in force, "
					+ "written as \"YYYY-MM-DD\"");
		}
		if (legalCase.lawDate().isBefore(EARLIEST) || legalCase.lawDate().isAfter(LATEST)) {
			fail("lawDate",
					"found " + legalCase.lawDate() + "; expected a date between " + EARLIEST + " and " + LATEST);
		}
		Set<String> partyIds = uniqueIds(legalCase.parties(), Party::id, "parties");
		Set<String> factIds = uniqueIds(legalCase.factsToProve(), FactToProve::id, "factsToProve");
		if (legalCase.items().isEmpty()) {
			fail("items", "no evidence items; expected at least one");
		}
		Set<String> itemIds = uniqueIds(legalCase.items(), EvidenceItem::id, "items");
		long clients = legalCase.parties().stream().filter(p -> Boolean.TRUE.equals(p.client())).count();
		if (clients > 1) {
			fail("parties", "more than one party is marked client: true; expected one");
		}
		for (int i = 0; i < legalCase.items().size(); i++) {
			checkItem(legalCase.items().get(i), "items[" + i + "]", partyIds, factIds, itemIds);
			checkDeposit(legalCase.items().get(i), "items[" + i + "]", legalCase.preparedOn());
		}
	}

	/** Data cannot have been put on chain after the day the opinion is prepared for. */
	private void checkDeposit(EvidenceItem item, String at, LocalDate preparedOn) {
		if (preparedOn != null && item.custody().depositTime() != null
				&& item.custody().depositTime().toLocalDate().isAfter(preparedOn)) {
			fail(at + ".custody.depositTime", "found " + item.custody().depositTime() + ", after preparedOn ("
					+ preparedOn + "); expected when the data was put on chain, which cannot be later");
		}
	}

	private void checkItem(EvidenceItem item, String at, Set<String> partyIds, Set<String> factIds,
			Set<String> itemIds) {
		if (item.kind() == null) {
			fail(at + ".kind", "missing; expected the kind of evidence (text, image, voice, ...)");
		}
		refers(item.counterparty(), partyIds, at + ".counterparty", "a party id");
		refers(item.submittedBy(), partyIds, at + ".submittedBy", "a party id");
		for (int j = 0; j < item.proves().size(); j++) {
			refers(item.proves().get(j), factIds, at + ".proves[" + j + "]", "the id of a fact to prove");
		}
		for (int j = 0; j < item.corroboratedBy().size(); j++) {
			String other = item.corroboratedBy().get(j);
			refers(other, itemIds, at + ".corroboratedBy[" + j + "]", "the id of another item");
			if (other.equals(item.id())) {
				fail(at + ".corroboratedBy[" + j + "]", "an item cannot corroborate itself");
			}
		}
		for (int j = 0; j < item.files().size(); j++) {
			require(item.files().get(j).path(), at + ".files[" + j + "].path", "a path relative to the case folder");
		}
		videoOnly(item, at, "recordingTimeShown", item.video().recordingTimeShown(), "a video");
		videoOnly(item, at, "placeIdentifiable", item.video().placeIdentifiable(), "a video");
		if (Boolean.TRUE.equals(item.video().outsideWeChat())) {
			videoOnly(item, at, "outsideWeChat", Boolean.TRUE,
					"a video (one recorded with the phone's camera and never sent in WeChat)");
			if (item.chat() != null) {
				fail(at + ".chat", "found '" + WireNames.of(item.chat())
						+ "' on a video kept outside WeChat (video.outsideWeChat: true); expected no chat");
			}
		}
		if (item.custody().form() == SubmissionForm.ORIGINAL_DEVICE
				&& Boolean.FALSE.equals(item.custody().originalDeviceKept())) {
			fail(at + ".custody.form", "found 'originalDevice' while custody.originalDeviceKept is false; expected "
					+ "the form the record is filed in now that the phone is gone (screenshot, printout, ...)");
		}
		BigDecimal amount = item.payment().amount();
		if (amount != null && (amount.signum() < 0 || amount.scale() > 2
				|| amount.compareTo(new BigDecimal("100000000000")) > 0)) {
			fail(at + ".payment.amount", "found " + amount.toPlainString()
					+ "; expected an amount in yuan, not negative, at most two decimals");
		}
	}

	private <T> Set<String> uniqueIds(List<T> entries, Function<T, String> id, String field) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			String value = id.apply(entries.get(i));
			require(value, field + "[" + i + "].id", "an id");
			if (!ids.add(value)) {
				fail(field + "[" + i + "].id", "the id '" + value + "' is used twice; expected unique ids");
			}
		}
		return ids;
	}

	private void refers(String value, Set<String> known, String field, String expected) {
		if (value != null && !known.contains(value)) {
			String choices = known.isEmpty() ? "(none are defined)"
					: known.stream().sorted().collect(Collectors.joining(", "));
			fail(field, "found '" + value + "'; expected " + expected + ": " + choices);
		}
	}

	/** A video's field given on an item of another kind. */
	private void videoOnly(EvidenceItem item, String at, String field, Object value, String expected) {
		if (value != null && item.kind() != null && item.kind() != ItemKind.VIDEO) {
			fail(at + ".video." + field,
					"set on an item of kind " + WireNames.of(item.kind()) + "; expected only on " + expected);
		}
	}

	private void require(String value, String field, String expected) {
		if (value == null || value.isBlank()) {
			fail(field, "missing; expected " + expected);
		}
	}

	private void fail(String field, String problem) {
		throw new InputException(new Location(this.source, 0, 0, field), problem);
	}

}
