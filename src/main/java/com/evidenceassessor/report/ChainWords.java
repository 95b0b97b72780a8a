package com.evidenceassessor.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.EvidenceChain;
import com.evidenceassessor.assessment.EvidenceChain.ChainItem;
import com.evidenceassessor.assessment.EvidenceChain.ChainLink;
import com.evidenceassessor.assessment.EvidenceChain.FactChain;
import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.EvidenceChain.WeakestLink;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.rules.Effect;
import com.evidenceassessor.support.WireNames;

/**
 * The weakest link of a chain or a fact, and the payments of a sum paid in parts, in
 * words, for the terminal and the HTML page.
 */
public final class ChainWords {

	/**
	 * The practice of confirming an item the opponent cross-examined without objecting.
	 */
	private static final String NOT_DISPUTED = "wechat-practice/dispute.not-disputed";

	/**
	 * The parameter of the floor a presumption raises authenticity to, as the trace names
	 * it.
	 */
	private static final String PRESUMPTION_FLOOR = "scoring.floor.presumption";

	private static final String GENUINE_DIFFICULTY = "spc-cpl-interpretation/111.genuine-difficulty";

	/** The device no longer holds the record, but a backup does. */
	private static final String HELD_IN_BACKUP = "wechat-practice/keeping.held-in-backup";

	/** The court checked the original carrier at the hearing. */
	private static final Set<String> CHECKED_IN_COURT = Set.of("spc-evidence-2019/87-1.shown-and-matched",
			"spc-evidence-2001/65-1.shown-and-matched", "spc-evidence-2019/93-4.shown-on-device");

	private static final String CONFIRMS = WireNames.of(Effect.CONFIRMS_AUTHENTIC);

	private ChainWords() {
	}

	/**
	 * The weakest links said of a payment by what sets its strength, not by a reason of
	 * its own: the payer's word for its purpose, a paper the opponent never signed, or
	 * the answer's admission of receipt.
	 */
	private static final Map<String, String> ITEM_LINKS = Map.of(WeakestLink.PAYERS_WORD, "payersWordLink",
			WeakestLink.UNSIGNED_PAPER, "unsignedPaperLink", WeakestLink.PART_OF_SUM, "partOfSumLink",
			WeakestLink.RECEIPT_ADMITTED, "receiptAdmittedLink");

	/**
	 * The requirement, the fact, the item, what holds it down and why (the first reason
	 * that does).
	 */
	static String weakness(WeakestLink link, Opinion opinion, Lang lang) {
		if (link == null) {
			return "—";
		}
		StringBuilder text = new StringBuilder();
		if (link.requirement() != null) {
			text.append(requirement(opinion, link.requirement(), lang)).append(" — ");
		}
		if (WeakestLink.ADMITTED.equals(link.dimension())) {
			return text.append(link.fact()).append(": ").append(Labels.of("admittedLink", lang)).toString();
		}
		if (WeakestLink.OFFICIAL_RECORD.equals(link.dimension())) {
			return text.append(link.fact()).append(": ").append(Labels.of("officialRecordLink", lang)).toString();
		}
		if (WeakestLink.SIGNED_DOCUMENT.equals(link.dimension())) {
			return text.append(link.fact()).append(": ").append(Labels.of("signedDocumentLink", lang)).toString();
		}
		if (WeakestLink.OPPONENTS_RECORD.equals(link.dimension())) {
			return text.append(link.fact()).append(": ").append(Labels.of("opponentsRecordLink", lang)).toString();
		}
		if (WeakestLink.THIRD_PARTY_RECORD.equals(link.dimension())) {
			return text.append(link.fact()).append(": ").append(Labels.of("thirdPartyRecordLink", lang)).toString();
		}
		if (link.item() == null) {
			return text.append(Labels.of("noEvidence", lang)).toString();
		}
		if (link.fact() != null) {
			text.append(link.fact()).append(": ");
		}
		String itemLink = ITEM_LINKS.get(link.dimension());
		if (itemLink != null) {
			return text.append(link.item())
				.append(' ')
				.append(link.score())
				.append(" — ")
				.append(Labels.of(itemLink, lang))
				.toString();
		}
		// the item's own score: the link's strength, except for payments weighted by
		// their amounts, where the weakest payment is named with its own score
		ItemOpinion item = item(opinion, link.item());
		text.append(link.item()).append(' ').append(Labels.of(link.dimension(), lang)).append(' ').append(item.score());
		text.append(" — ").append(reason(item, link, lang).orElseGet(() -> Labels.of(nothingWeakens(item), lang)));
		if (link.littleSupports()) {
			text.append(
					Labels.of(item.remedies().isEmpty() ? "alsoLittleSupportsNoAction" : "alsoLittleSupports", lang));
		}
		return text.toString();
	}

	/**
	 * Why an item nothing weakens is not stronger, and where to look for more: its
	 * actions, else the questions whose answers could raise it, else other evidence.
	 */
	static String nothingWeakens(ItemOpinion item) {
		if (item.level() == Level.LOW) {
			return "nothingHoldsDown";
		}
		if (!item.remedies().isEmpty()) {
			return "littleSupports";
		}
		boolean askFirst = item.unknowns() != null && item.unknowns().best() > item.score();
		return askFirst ? "littleSupportsAskFirst" : "littleSupportsNoAction";
	}

	/**
	 * The chain is incomplete: what it lacks, and that the score rates the evidence
	 * offered, not the claim; {@code null} when there is no chain or it is complete.
	 */
	static String caveat(Opinion opinion, Lang lang) {
		EvidenceChain chain = opinion.summary().chain();
		if (chain == null || chain.complete()) {
			return null;
		}
		return String.format(Labels.of("chainCaveat", lang), missing(chain, opinion, lang));
	}

	/**
	 * Why the case plan cannot raise the case's score: the facts to prove no usable item
	 * is offered for, or else the weakest link — a fact outside the chain weaker than the
	 * chain, or the chain's weakest link — which no action strengthens; {@code null} when
	 * the plan raises the score.
	 */
	static String planBlocked(Opinion opinion, Lang lang) {
		Opinion.CasePlan plan = opinion.summary().plan();
		if (plan == null || plan.gain() > 0) {
			return null;
		}
		// a fact another fact's evidence stands in for (an acknowledgement for a
		// demand), or one a supporting link holds, leaves the score where it is
		Set<String> covering = new HashSet<>();
		EvidenceChain chain = opinion.summary().chain();
		if (chain != null) {
			chain.links()
				.stream()
				.filter(l -> l.covered() || l.supporting())
				.forEach(l -> covering.add(l.requirement()));
		}
		List<String> bare = opinion.summary()
			.chains()
			.stream()
			.filter(f -> !f.coveredBeyondItems() && f.items().stream().noneMatch(EvidenceChain.ChainItem::covers))
			.filter(f -> f.requirement() == null || !covering.contains(f.requirement()))
			.map(FactChain::fact)
			.toList();
		if (!bare.isEmpty()) {
			return String.format(Labels.of("planBlocked", lang), String.join(", ", bare));
		}
		// a case already at low risk is not in trouble: the note says it is as high as
		// the actions can take it, not that something is wrong
		String atBest = planWarns(opinion) ? "" : "AtBest";
		Optional<FactChain> outside = weakerOutside(opinion);
		if (outside.isPresent()) {
			WeakestLink link = outside.get().weakestLink();
			return String.format(Labels.of("planHeld" + atBest, lang),
					link.fact() + ((link.item() != null) ? ", " + link.item() : ""));
		}
		if (chain == null || chain.weakestLink() == null) {
			return Labels.of("planNoGain" + atBest, lang);
		}
		WeakestLink link = heldLink(opinion, chain);
		String where = requirement(opinion, link.requirement(), lang)
				+ ((link.item() != null) ? ", " + link.item() : "");
		// an item credited only because the opponent did not object can lose that credit:
		// the note says what to do if it does
		String unobjected = "";
		if (link.item() != null && restsOnSilence(item(opinion, link.item()))) {
			// an original that is gone can be neither shown nor notarised should the
			// opponent object later (review round 40, syn-27791-00007 E1); one held in a
			// backup is restored first (review round 43, syn-61807-00012 E4)
			unobjected = "NotObjected" + whereTheOriginalIs(item(opinion, link.item()));
		}
		return String.format(Labels.of("planHeld" + atBest + unobjected, lang), where);
	}

	/**
	 * The item's authenticity is presumed because the opponent did not object, and
	 * nothing else confirms it: not the court's check of the original in court, not a
	 * confirmation (notarised, acknowledged); and the presumption is what raised it (its
	 * own credits do not reach as far: review round 50, syn-71293-00001 E3, a notarised
	 * extraction at 95 was said to rest on the opponent's silence).
	 */
	private static boolean restsOnSilence(ItemOpinion item) {
		return item.reasons().stream().anyMatch(r -> NOT_DISPUTED.equals(r.ruleId()))
				&& item.reasons()
					.stream()
					.noneMatch(r -> CHECKED_IN_COURT.contains(r.ruleId()) || CONFIRMS.equals(r.effect()))
				&& item.scoreTrace()
					.stream()
					.anyMatch(step -> step.contains("(" + PRESUMPTION_FLOOR + ")") && step.contains(NOT_DISPUTED));
	}

	/**
	 * Where the item's original is, as the label's suffix: in a backup only
	 * ({@value #HELD_IN_BACKUP}), to be restored before it is shown; lost, destroyed or
	 * held by others ({@value #GENUINE_DIFFICULTY}), so it cannot be shown or fixed
	 * afresh; else on the device.
	 */
	private static String whereTheOriginalIs(ItemOpinion item) {
		if (item.reasons().stream().anyMatch(r -> HELD_IN_BACKUP.equals(r.ruleId()))) {
			return "Backup";
		}
		return item.reasons().stream().anyMatch(r -> GENUINE_DIFFICULTY.equals(r.ruleId())) ? "Gone" : "";
	}

	/**
	 * Whether {@link #planBlocked} is a warning: it is unless the case is already at low
	 * risk.
	 */
	static boolean planWarns(Opinion opinion) {
		return opinion.summary().level() != Level.LOW;
	}

	/**
	 * The fact to prove outside the chain that sets the case score, being weaker than the
	 * chain (a fact set aside, its items showing no ground for the claim, does not
	 * count).
	 */
	private static Optional<FactChain> weakerOutside(Opinion opinion) {
		EvidenceChain chain = opinion.summary().chain();
		return opinion.summary()
			.chains()
			.stream()
			.filter(f -> f.requirement() == null && !opinion.summary().setAside().contains(f.fact()))
			.min(Comparator.comparingInt(FactChain::strength))
			.filter(f -> chain == null || f.strength() < chain.strength());
	}

	/**
	 * That the case score is set by a fact to prove outside the chain, and which;
	 * {@code null} when the chain sets it (or there is none).
	 */
	static String scoreSetOutside(Opinion opinion, Lang lang) {
		EvidenceChain chain = opinion.summary().chain();
		return (chain == null) ? null
				: weakerOutside(opinion)
					.map(f -> String.format(Labels.of("scoreSetOutside", lang), opinion.summary().score(), f.fact(),
							f.strength(), chain.strength()))
					.orElse(null);
	}

	/**
	 * The link that holds the case where no plan raises it: of the links as weak as the
	 * chain, the first none of whose items has an action (another may tie with it and
	 * have some, or another item of the same fact may); the chain's weakest link when
	 * every one has.
	 */
	private static WeakestLink heldLink(Opinion opinion, EvidenceChain chain) {
		Set<String> weakest = chain.links()
			.stream()
			.filter(l -> !l.supporting() && l.strength() == chain.strength())
			.map(ChainLink::requirement)
			.collect(Collectors.toSet());
		return opinion.summary()
			.chains()
			.stream()
			.filter(f -> weakest.contains(f.requirement()) && f.strength() == chain.strength())
			.filter(f -> f.items().stream().allMatch(i -> item(opinion, i.id()).remedies().isEmpty()))
			.map(FactChain::weakestLink)
			.filter(w -> w != null && w.item() != null)
			.findFirst()
			.orElse(chain.weakestLink());
	}

	private static ItemOpinion item(Opinion opinion, String id) {
		return opinion.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
	}

	/** The cause of action, and who claims when the chain depends on it. */
	public static String title(EvidenceChain chain, Lang lang) {
		String title = lang.pick(chain.title(), chain.titleEn());
		EvidenceChain.Claimant claimant = chain.claimant();
		return (claimant != null) ? title + " · " + lang.pick(claimant.label(), claimant.labelEn()) : title;
	}

	/**
	 * The case does not say who claims, where the chain depends on it: what it could say;
	 * {@code null} otherwise.
	 */
	public static String claimantUnstated(EvidenceChain chain, Lang lang) {
		if (chain.claimantChoices().isEmpty()) {
			return null;
		}
		List<String> choices = chain.claimantChoices()
			.stream()
			.map(c -> c.id() + " = " + lang.pick(c.label(), c.labelEn()))
			.toList();
		return String.format(Labels.of("claimantUnstated", lang), String.join(lang.pick("；", "; "), choices));
	}

	/**
	 * The labels of the requirements the chain does not cover, each marked when items
	 * were offered for it but none is usable (excluded, found tampered with, or found not
	 * to match its original).
	 */
	public static String missing(EvidenceChain chain, Opinion opinion, Lang lang) {
		return String.join(lang.pick("、", ", "),
				chain.links()
					.stream()
					.filter(l -> !l.covered() && !l.supporting())
					.map(l -> lang.pick(l.label(), l.labelEn()) + (offeredButUnusable(l, opinion)
							? lang.pick("（", " (") + Labels.of("noUsableEvidence", lang) + lang.pick("）", ")") : ""))
					.toList());
	}

	/** Items were offered for the link's facts, and none of them is usable. */
	private static boolean offeredButUnusable(ChainLink link, Opinion opinion) {
		return opinion.summary()
			.chains()
			.stream()
			.anyMatch(f -> link.facts().contains(f.fact()) && !f.items().isEmpty());
	}

	/**
	 * The link's strength is a fact's the opponent admits, or an official record or the
	 * opponent's signed paper proves: the words that say so after its strength (（对方自认）,
	 * （官方记录）, （对方签名的书证原件）), or {@code null}.
	 */
	public static String linkBeyondItems(ChainLink link, Opinion opinion, Lang lang) {
		return opinion.summary()
			.chains()
			.stream()
			.filter(f -> link.facts().contains(f.fact()) && f.strength() == link.strength()
					&& f.weakestLink().beyondItems())
			.map(f -> f.weakestLink().dimension())
			.findFirst()
			.map(d -> lang.pick("（", " (") + Labels.of(WeakestLink.ADMITTED.equals(d) ? "admittedByOpponent" : d, lang)
					+ lang.pick("）", ")"))
			.orElse(null);
	}

	/**
	 * What covers the fact besides its items, in words, each with its provision: the
	 * opponent's admission (and when it stops binding, or why it does not), then the
	 * official record, the opponent's signed paper, its own records and a third party's
	 * business record filed; empty when none.
	 */
	public static List<String> beyondItems(FactChain fact, Lang lang) {
		return Stream
			.of(admitted(fact, lang), filed(fact.officialRecord(), "officialRecordFiled", lang),
					filed(fact.signedDocument(), "signedDocumentFiled", lang),
					filed(fact.opponentsRecord(), "opponentsRecordFiled", lang),
					filed(fact.thirdPartyRecord(), "thirdPartyRecordFiled", lang), alsoShownBy(fact, lang),
					accountAdmittedIn(fact, lang))
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * The items from the same account, tied to the party, that could be offered for a
	 * fact that is who holds the account; {@code null} when none.
	 */
	private static String alsoShownBy(FactChain fact, Lang lang) {
		return fact.alsoShownBy().isEmpty() ? null
				: String.format(Labels.of("alsoShownBy", lang), String.join(lang.pick("、", ", "), fact.alsoShownBy()));
	}

	/**
	 * The items in which the opponent admits the account is theirs, for a fact that is
	 * who holds it and that the case file does not mark admitted; {@code null} when none.
	 */
	private static String accountAdmittedIn(FactChain fact, Lang lang) {
		return fact.accountAdmittedIn().isEmpty() ? null : String.format(Labels.of("accountAdmittedIn", lang),
				String.join(lang.pick("、", ", "), fact.accountAdmittedIn()));
	}

	/**
	 * A record filed that proves the fact, and the provision that presumes it true;
	 * {@code null} when none is.
	 */
	private static String filed(EvidenceChain.RecordFiled record, String label, Lang lang) {
		if (record == null) {
			return null;
		}
		String what = (record.description() != null) ? record.description() : record.kind();
		return String.format(Labels.of(label, lang), what, lang.pick(record.citation(), record.citationEn()));
	}

	/**
	 * What an item in a fact's list still needs, after its level: ", 通常不予采信" for one
	 * courts usually refuse whatever corroborates it, ", 需补强" for one that needs
	 * corroboration, else nothing.
	 */
	public static String itemFlag(ChainItem item, Lang lang) {
		if (item.refused()) {
			return ", " + Labels.of("refused", lang);
		}
		return item.needsCorroboration() ? ", " + Labels.of("notAlone", lang) : "";
	}

	/**
	 * Whether to say the fact's best item stands alone: it does, and the fact's strength
	 * is its, not an admission's or an official record's.
	 */
	public static boolean standsAlone(FactChain fact) {
		return fact.standsAlone() && !fact.weakestLink().beyondItems();
	}

	/**
	 * The opponent's admission of the fact and what it does, with the provision;
	 * {@code null} when the case file records none.
	 */
	private static String admitted(FactChain fact, Lang lang) {
		EvidenceChain.Admitted admitted = fact.admitted();
		if (admitted == null) {
			return null;
		}
		if (!admitted.binds()) {
			return String.format(Labels.of("admissionBarred", lang),
					lang.pick(admitted.citation(), admitted.citationEn()));
		}
		return String.format(Labels.of("admissionBinds", lang), lang.pick(admitted.citation(), admitted.citationEn()),
				lang.pick(admitted.withdrawal(), admitted.withdrawalEn()));
	}

	/**
	 * A sum paid in several payments: each payment with the items showing it and its
	 * strength, and what the fact's strength rests on — the payments weighted by their
	 * amounts, or an item that proves the whole sum; {@code null} for a fact without
	 * parts.
	 */
	static String parts(FactChain fact, Lang lang) {
		if (fact.parts().isEmpty()) {
			return null;
		}
		String payments = fact.parts()
			.stream()
			.map(p -> yuan(p.amount()) + lang.pick("（", " (") + String.join(lang.pick("、", ", "), p.items())
					+ lang.pick("，", ", ") + p.strength() + lang.pick("）", ")"))
			.collect(Collectors.joining(lang.pick("、", "; ")));
		String decisive = fact.weakestLink().item();
		if (decisive == null) {
			// the opponent's admission or a record filed sets the whole (said beside it)
			return String.format(Labels.of("partsListed", lang), payments);
		}
		boolean byParts = fact.parts().stream().anyMatch(p -> p.items().contains(decisive));
		return byParts ? String.format(Labels.of("partsWeighted", lang), payments, fact.strength())
				: String.format(Labels.of("partsWhole", lang), payments, decisive);
	}

	/**
	 * The payments of each of a link's facts paid in parts, each after the fact's id;
	 * empty when none is.
	 */
	static List<String> parts(ChainLink link, Opinion opinion, Lang lang) {
		return opinion.summary()
			.chains()
			.stream()
			.filter(f -> link.facts().contains(f.fact()) && !f.parts().isEmpty())
			.map(f -> f.fact() + ": " + parts(f, lang))
			.toList();
	}

	/** An amount of money: ¥200,000, ¥520.50. */
	static String yuan(BigDecimal amount) {
		String pattern = (amount.stripTrailingZeros().scale() <= 0) ? "¥#,##0" : "¥#,##0.00";
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
	}

	/** A requirement's label, by its id. */
	static String requirement(Opinion opinion, String id, Lang lang) {
		EvidenceChain chain = opinion.summary().chain();
		if (chain == null) {
			return id;
		}
		return chain.links()
			.stream()
			.filter(l -> l.requirement().equals(id))
			.map(l -> lang.pick(l.label(), l.labelEn()))
			.findFirst()
			.orElse(id);
	}

	/** The reason of the heaviest finding that holds the item down, if any. */
	private static Optional<String> reason(ItemOpinion item, WeakestLink link, Lang lang) {
		if (link.rules().isEmpty()) {
			return Optional.empty();
		}
		return item.reasons()
			.stream()
			.filter(r -> r.ruleId().equals(link.rules().get(0)))
			.findFirst()
			.map(r -> text(r, lang));
	}

	private static String text(Reason reason, Lang lang) {
		return lang.pick(reason.text(), reason.textEn()) + lang.pick("（", " (")
				+ lang.pick(reason.citation(), reason.citationEn()) + lang.pick("）", ")");
	}

}
