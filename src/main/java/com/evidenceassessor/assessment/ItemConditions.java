package com.evidenceassessor.assessment;

import java.util.List;
import java.util.Map;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.facts.Party;
import com.evidenceassessor.rules.CaseFields;
import com.evidenceassessor.support.WireNames;

/**
 * The conditions the rules' data puts on an item — a remedy's {@code kinds} and
 * {@code requires}, a question's (or its variant's) {@code kinds} and {@code when} — read
 * one way.
 */
final class ItemConditions {

	private ItemConditions() {
	}

	/**
	 * The item is of one of the kinds (wire names; none listed: any) and the facts hold.
	 */
	static boolean fits(List<String> kinds, Map<String, List<Object>> conditions, EvidenceItem item,
			LegalCase legalCase) {
		return fits(kinds, conditions, item, legalCase, null);
	}

	/**
	 * The same, where what the assessment concludes of the item is known too: whether its
	 * account is tied ({@link CaseFields#ACCOUNT_TIED}; {@code null}: not known here).
	 */
	static boolean fits(List<String> kinds, Map<String, List<Object>> conditions, EvidenceItem item,
			LegalCase legalCase, Boolean accountTied) {
		return (kinds.isEmpty() || kinds.contains(WireNames.of(item.kind())))
				&& holds(conditions, item, legalCase, accountTied);
	}

	/**
	 * Each field holds one of its allowed values ({@code unknown} for a fact the case
	 * file leaves open, {@code known} for any value it gives). The case's fields about
	 * the item ({@link CaseFields}) are read from the case.
	 */
	static boolean holds(Map<String, List<Object>> conditions, EvidenceItem item, LegalCase legalCase) {
		return holds(conditions, item, legalCase, null);
	}

	private static boolean holds(Map<String, List<Object>> conditions, EvidenceItem item, LegalCase legalCase,
			Boolean accountTied) {
		for (Map.Entry<String, List<Object>> need : conditions.entrySet()) {
			Object value = CaseFields.ACCOUNT_TIED.equals(need.getKey()) ? accountTied
					: read(need.getKey(), item, legalCase);
			String actual = (value == null) ? "unknown" : RecordPatcher.text(value);
			List<String> allowed = need.getValue().stream().map(String::valueOf).toList();
			if (!allowed.contains(actual) && !(value != null && allowed.contains("known"))) {
				return false;
			}
		}
		return true;
	}

	private static Object read(String field, EvidenceItem item, LegalCase legalCase) {
		return switch (field) {
			case CaseFields.COUNTERPARTY_ORGANISATION -> counterpartyOrganisation(item, legalCase);
			case CaseFields.CLIENT_PAID_COUNTERPARTY -> OpenAssumptions.clientPaid(legalCase, item);
			case CaseFields.FILED_LATE -> item.filedLate(legalCase.evidencePeriodEnds());
			case CaseFields.BACKUP_CAN_HOLD -> item.backupCanHold();
			case CaseFields.OPPONENT_IN_CHAT -> item.opponentInChat();
			case CaseFields.OWN_APP_RECORD -> item.ownAppRecord();
			case CaseFields.CAUSE_OF_ACTION -> legalCase.causeOfAction();
			case CaseFields.DELETIONS_IN_CHAT -> deletionsInChat(item, legalCase);
			case CaseFields.WITNESS_FILED ->
				item.outsideEvidence().stream().anyMatch(e -> e.kind() == OutsideEvidenceKind.WITNESS);
			default -> RecordPatcher.read(item, field);
		};
	}

	/** {@link CaseFields#DELETIONS_IN_CHAT}. */
	private static Boolean deletionsInChat(EvidenceItem item, LegalCase legalCase) {
		boolean gaps = legalCase.items()
			.stream()
			.anyMatch(
					other -> !other.id().equals(item.id())
							&& EvidenceItem.samePrivateChat(item.chat(), item.counterparty(), other.chat(),
									other.counterparty())
							&& Boolean.TRUE.equals(other.completeness().deletedOrRecalled()));
		return gaps ? Boolean.TRUE : null;
	}

	private static Boolean counterpartyOrganisation(EvidenceItem item, LegalCase legalCase) {
		Party party = legalCase.party(item.counterparty());
		return (party != null) ? party.organisation() : null;
	}

}
