package com.evidenceassessor.assessment;

import java.util.Objects;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.Party;
import com.evidenceassessor.facts.PaymentStatus;
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

	private OpenAssumptions() {
	}

	/** The wire name of the assumption left open, or {@code null}. */
	static String of(Remedy remedy, LegalCase legalCase, String itemId) {
		Assumption assumes = remedy.assumes();
		if (assumes == null || (assumes == Assumption.PAID_THIS_ACCOUNT && paidThisAccount(legalCase, itemId))) {
			return null;
		}
		return WireNames.of(assumes);
	}

	/**
	 * The case holds a WeChat transfer the client made to the item's counterparty, who
	 * received it, and the counterparty is not said to use several accounts.
	 */
	static boolean paidThisAccount(LegalCase legalCase, String itemId) {
		String counterparty = legalCase.items()
			.stream()
			.filter(i -> i.id().equals(itemId))
			.map(EvidenceItem::counterparty)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		Party party = legalCase.party(counterparty);
		boolean oneAccount = party != null && !party.severalAccounts();
		return oneAccount && legalCase.items().stream().anyMatch(i -> paidTo(i, counterparty));
	}

	private static boolean paidTo(EvidenceItem item, String counterparty) {
		return item.kind() == ItemKind.TRANSFER && counterparty.equals(item.counterparty())
				&& Boolean.TRUE.equals(item.payment().outgoing()) && item.payment().status() == PaymentStatus.RECEIVED;
	}

}
