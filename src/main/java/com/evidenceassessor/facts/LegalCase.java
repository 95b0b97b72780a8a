package com.evidenceassessor.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as described in its case file: what the rules see of the case as a whole, and
 * its items.
 *
 * @param id a stable id, e.g. {@code loan-by-transfer}
 * @param title the case title
 * @param causeOfAction the cause of action, as far as the rules distinguish it
 * @param claimant who brings the claim, where the cause's evidence chain depends on it (a
 * key of its {@code claimants} in {@code rules/chains.yaml}, e.g. {@code seller}), or
 * {@code null}
 * @param forum ordinary court or internet court
 * @param lawDate the date that selects the law in force (hearing or submission date),
 * never the clock
 * @param evidencePeriodEnds the last day of the time limit for evidence (举证期限) the court
 * set, when known (证据规定第五十一条): what must be done within it is dated in the plan
 * @param preparedOn the day the opinion is prepared for, as the case file states it
 * (never the clock): a deadline that fell before it is shown as passed
 * @param onlineLitigation the case is litigated online (在线诉讼规则)
 * @param relationship the relationship between the parties
 * @param parties the parties
 * @param factsToProve the facts the client must prove
 * @param defences what the opponent pleads
 * @param items the evidence items
 */
public record LegalCase(String id, String title, CauseOfAction causeOfAction, String claimant, Forum forum,
		LocalDate lawDate, LocalDate evidencePeriodEnds, LocalDate preparedOn, Boolean onlineLitigation,
		Relationship relationship, List<Party> parties, List<FactToProve> factsToProve, Defences defences,
		List<EvidenceItem> items) {

	public LegalCase {
		parties = EvidenceItem.copy(parties);
		factsToProve = EvidenceItem.copy(factsToProve);
		items = EvidenceItem.copy(items);
		defences = (defences != null) ? defences : Defences.NONE;
		forum = (forum != null) ? forum : Forum.ORDINARY;
	}

	/** The party with this id, or {@code null} (for none, or no id). */
	public Party party(String partyId) {
		return (partyId == null) ? null
				: this.parties.stream().filter(p -> partyId.equals(p.id())).findFirst().orElse(null);
	}

	/** The id of the party the case is assessed for, or {@code null} when none is. */
	public String clientId() {
		return this.parties.stream()
			.filter(p -> Boolean.TRUE.equals(p.client()))
			.map(Party::id)
			.findFirst()
			.orElse(null);
	}

	/** The item with this id; the case must hold it. */
	public EvidenceItem item(String itemId) {
		return this.items.stream()
			.filter(i -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no item '" + itemId + "' in case " + this.id));
	}

	/** The same case with its time limit for evidence ending on another day. */
	public LegalCase withEvidencePeriodEnds(LocalDate ends) {
		return new LegalCase(this.id, this.title, this.causeOfAction, this.claimant, this.forum, this.lawDate, ends,
				this.preparedOn, this.onlineLitigation, this.relationship, this.parties, this.factsToProve,
				this.defences, this.items);
	}

	/** The same case with other defences pleaded. */
	public LegalCase withDefences(Defences pleaded) {
		return new LegalCase(this.id, this.title, this.causeOfAction, this.claimant, this.forum, this.lawDate,
				this.evidencePeriodEnds, this.preparedOn, this.onlineLitigation, this.relationship, this.parties,
				this.factsToProve, pleaded, this.items);
	}

	/** The same case with other items. */
	public LegalCase withItems(List<EvidenceItem> newItems) {
		return new LegalCase(this.id, this.title, this.causeOfAction, this.claimant, this.forum, this.lawDate,
				this.evidencePeriodEnds, this.preparedOn, this.onlineLitigation, this.relationship, this.parties,
				this.factsToProve, this.defences, newItems);
	}

}
