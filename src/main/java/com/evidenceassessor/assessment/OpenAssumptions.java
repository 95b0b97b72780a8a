package com.evidenceassessor.assessment;

import java.util.List;

import com.evidenceassessor.facts.CopyCheck;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.OriginalUnavailableReason;
import com.evidenceassessor.facts.Party;
import com.evidenceassessor.facts.PaymentStatus;
import com.evidenceassessor.rules.CaseFields;
import com.evidenceassessor.rules.Remedy;
import com.evidenceassessor.rules.Remedy.Assumption;
import com.evidenceassessor.support.WireNames;

/**
 * What an action's promised score still takes for granted ({@code assumes} in
 * rules/remedies.yaml), less what the case file already shows: an action that assumes the
 * client has paid the account needs no such proviso when the case holds a transfer the
 * client made to it.
 */
final class OpenAssumptions {

	private static final String DEVICE_KEPT_FIELD = "custody.originalDeviceKept";

	private static final String COPY_CHECK_FIELD = "custody.copyCheck";

	private OpenAssumptions() {
	}

	/**
	 * The wire name of the assumption left open, or {@code null}: the action's own (with
	 * the device, where the action needs one the case file does not say is kept), else
	 * that the original says what an edited-looking copy does, for an action that checks
	 * the copy against it, else that counter-evidence not yet weighed fails, else that a
	 * Moments post is still there, for an action on the post itself, else that the device
	 * is still there, for an action that needs it (it sets the device as kept) where the
	 * case file does not say.
	 */
	static String of(Remedy remedy, LegalCase legalCase, String itemId) {
		EvidenceItem item = legalCase.item(itemId);
		Assumption assumes = remedy.assumes();
		if (assumes == null) {
			Assumption implied = implied(remedy, item);
			return (implied != null) ? WireNames.of(implied) : null;
		}
		if (assumes == Assumption.PAID_THIS_ACCOUNT && paidThisAccount(legalCase, item)) {
			return null;
		}
		if (assumes == Assumption.PHONE_SEARCH_FINDS && numberKnown(legalCase, item)) {
			return WireNames.of(Assumption.KNOWN_NUMBER_FINDS);
		}
		return WireNames.of(withTheDevice(assumes, remedy, item));
	}

	/**
	 * That the original supports the claim, and, where the action needs the device the
	 * case file does not say is kept, that the device is still there too.
	 */
	private static Assumption withTheDevice(Assumption assumes, Remedy remedy, EvidenceItem item) {
		boolean deviceOpen = needsTheDevice(remedy, item);
		return (assumes == Assumption.ORIGINAL_SUPPORTS_CLAIM && deviceOpen) ? Assumption.ORIGINAL_KEPT_SUPPORTS_CLAIM
				: assumes;
	}

	/**
	 * What an action with no assumption of its own still takes for granted by what it
	 * does to this item, or {@code null}.
	 */
	private static Assumption implied(Remedy remedy, EvidenceItem item) {
		if (checksAnEditedCopy(remedy, item)) {
			return withTheDevice(Assumption.ORIGINAL_SUPPORTS_CLAIM, remedy, item);
		}
		if (counterEvidenceOpen(remedy, item)) {
			return Assumption.COUNTER_EVIDENCE_MET;
		}
		if (needsThePost(remedy, item)) {
			return Assumption.POST_VISIBLE;
		}
		return needsTheDevice(remedy, item) ? Assumption.DEVICE_KEPT : null;
	}

	/**
	 * The opponent has filed counter-evidence against the item that the case file does
	 * not say is, or is not, enough to rebut it, and the action does not itself settle
	 * that: the score it promises takes for granted that the counter-evidence fails
	 * (证据规定第八十五条).
	 */
	private static boolean counterEvidenceOpen(Remedy remedy, EvidenceItem item) {
		return Boolean.TRUE.equals(item.dispute().counterEvidence()) && item.dispute().rebuttalSufficient() == null
				&& item.dispute().rebuttalOverturns() == null
				&& remedy.set().keySet().stream().noneMatch(path -> path.startsWith("dispute."));
	}

	/** The case file gives the phone numbers of the item's counterparty. */
	private static boolean numberKnown(LegalCase legalCase, EvidenceItem item) {
		Party party = legalCase.party(item.counterparty());
		return party != null && !party.phones().isEmpty();
	}

	/**
	 * The action checks against the original a copy that shows signs of editing: its
	 * score takes for granted that the original says what the copy does (were it edited,
	 * the check would find a mismatch, 证据规定第八十七条第（一）项).
	 */
	private static boolean checksAnEditedCopy(Remedy remedy, EvidenceItem item) {
		return WireNames.of(CopyCheck.VERIFIED).equals(String.valueOf(remedy.set().get(COPY_CHECK_FIELD)))
				&& Boolean.TRUE.equals(item.completeness().editingSigns());
	}

	/**
	 * The action works on a Moments post itself (it changes how the post is kept or how
	 * much of it is filed) and the case file does not say the post can still be seen
	 * ({@code custody.originalUnavailableReason: none}): the publisher can delete or hide
	 * it at any time, and a phone kept does not keep it.
	 */
	private static boolean needsThePost(Remedy remedy, EvidenceItem item) {
		return item.kind() == ItemKind.MOMENTS_POST
				&& item.custody().originalUnavailableReason() != OriginalUnavailableReason.NONE
				&& remedy.set().keySet().stream().anyMatch(OpenAssumptions::aboutTheRecord);
	}

	private static boolean aboutTheRecord(String path) {
		return path.startsWith("custody.") || path.startsWith("completeness.");
	}

	private static boolean needsTheDevice(Remedy remedy, EvidenceItem item) {
		return Boolean.TRUE.equals(remedy.set().get(DEVICE_KEPT_FIELD)) && item.custody().originalDeviceKept() == null;
	}

	/**
	 * The case holds a WeChat transfer the client made to the item's counterparty, who
	 * received it, and the counterparty is not said to use several accounts.
	 */
	private static boolean paidThisAccount(LegalCase legalCase, EvidenceItem item) {
		Party party = legalCase.party(item.counterparty());
		boolean oneAccount = party != null && !party.severalAccounts();
		return oneAccount && Boolean.TRUE.equals(clientPaid(legalCase, item));
	}

	/**
	 * Whether the client has paid the item's counterparty, as the case's transfers with
	 * them show ({@link CaseFields#CLIENT_PAID_COUNTERPARTY}): {@code true} for a
	 * transfer the client made and they received, {@code false} when every transfer with
	 * them came to the client, {@code null} when the case holds none or leaves a
	 * direction open.
	 */
	static Boolean clientPaid(LegalCase legalCase, EvidenceItem item) {
		String counterparty = item.counterparty();
		if (counterparty == null) {
			return null;
		}
		List<EvidenceItem> transfers = legalCase.items()
			.stream()
			.filter(i -> i.kind() == ItemKind.TRANSFER && counterparty.equals(i.counterparty()))
			.toList();
		if (transfers.stream().anyMatch(OpenAssumptions::paidAndReceived)) {
			return true;
		}
		boolean allIncoming = !transfers.isEmpty()
				&& transfers.stream().allMatch(i -> Boolean.FALSE.equals(i.payment().outgoing()));
		return allIncoming ? false : null;
	}

	private static boolean paidAndReceived(EvidenceItem item) {
		return Boolean.TRUE.equals(item.payment().outgoing()) && item.payment().status() == PaymentStatus.RECEIVED;
	}

}
