package com.evidenceassessor.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.EvidenceChain.Admitted;
import com.evidenceassessor.assessment.EvidenceChain.ChainItem;
import com.evidenceassessor.assessment.EvidenceChain.Claimant;
import com.evidenceassessor.assessment.EvidenceChain.ChainLink;
import com.evidenceassessor.assessment.EvidenceChain.FactChain;
import com.evidenceassessor.assessment.EvidenceChain.PaymentPart;
import com.evidenceassessor.assessment.EvidenceChain.RecordFiled;
import com.evidenceassessor.assessment.EvidenceChain.WeakestLink;
import com.evidenceassessor.assessment.Opinion.Dimensions;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.assessment.PaymentParts.Part;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.OriginalUnavailableReason;
import com.evidenceassessor.facts.OutsideEvidence;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.rules.Chains;
import com.evidenceassessor.rules.Chains.CauseChain;
import com.evidenceassessor.rules.Chains.Requirement;
import com.evidenceassessor.support.WireNames;

/**
 * Builds the evidence chain from the items' opinions: each fact to prove is as strong as
 * its strongest usable item — a sum paid in several payments as its weakest payment,
 * unless an item that is not a payment proves it more strongly ({@link PaymentParts}) —
 * each requirement of the cause of action as its strongest fact, the chain as its weakest
 * requirement. The weakest link names what holds it down — a requirement nothing covers,
 * or the dimension of the item that limits it. A fact the opponent has admitted, the
 * admission binding (rules/chains.yaml {@code admission}), or one an official record
 * filed proves ({@code officialRecord}) or the opponent's signed paper does
 * ({@code signedDocument}) or the opponent's own records do ({@code opponentsRecord}) or
 * a third party's business record does ({@code thirdPartyRecord}), is covered whatever
 * its items.
 */
final class EvidenceChains {

	private final Chains chains;

	private final ScoreModel model;

	EvidenceChains(Chains chains, ScoreModel model) {
		this.chains = chains;
		this.model = model;
	}

	/**
	 * What the assessment's findings establish of the items that the chain reads.
	 *
	 * @param tied the items whose account is tied to the party
	 * @param refused the items courts usually refuse whatever corroborates them
	 * @param payments the payments the opponent's answer admits receiving, and the
	 * records that show only part of a sum paid in parts
	 */
	record Established(Set<String> tied, Set<String> refused, CaseScores.PaymentFindings payments) {

	}

	/** Each fact to prove with the items behind it, in case-file order. */
	List<FactChain> facts(LegalCase legalCase, List<ItemOpinion> items, Established established) {
		CauseChain cause = this.chains.forCase(legalCase);
		List<FactChain> facts = new ArrayList<>();
		for (FactToProve fact : legalCase.factsToProve()) {
			facts.add(fact(fact, (cause != null) ? cause.requirementFor(fact.element()) : null, legalCase, items,
					established));
		}
		return List.copyOf(facts);
	}

	/**
	 * For a fact that is who holds an account ({@code accountHolder}), the items, offered
	 * for it or not, from the same account in which the opponent admits the account is
	 * theirs; empty for another fact.
	 */
	private static List<String> accountAdmittedIn(Chains.Element element, List<ItemOpinion> offered,
			LegalCase legalCase) {
		if (element == null || !element.accountHolder()) {
			return List.of();
		}
		Set<String> holders = holders(offered, legalCase);
		return legalCase.items()
			.stream()
			.filter(i -> Boolean.TRUE.equals(i.identity().admittedByOpponent()) && fromHolder(i, holders, legalCase))
			.map(EvidenceItem::id)
			.toList();
	}

	/** The counterparties of the items offered for a fact. */
	private static Set<String> holders(List<ItemOpinion> offered, LegalCase legalCase) {
		return offered.stream()
			.map(o -> legalCase.item(o.id()).counterparty())
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

	/**
	 * The item is with one of the holders, or, where no item offered names one, with an
	 * opponent.
	 */
	private static boolean fromHolder(EvidenceItem item, Set<String> holders, LegalCase legalCase) {
		String counterparty = item.counterparty();
		return counterparty != null
				&& (holders.isEmpty() ? !counterparty.equals(legalCase.clientId()) : holders.contains(counterparty));
	}

	/**
	 * For a fact that is who holds an account ({@code accountHolder}), the usable items
	 * not offered for it from the same account (its items' counterparty, or any opponent
	 * where none is offered) whose account is tied to the party; empty for another fact.
	 */
	private static List<String> alsoShownBy(Chains.Element element, List<ItemOpinion> offered, LegalCase legalCase,
			List<ItemOpinion> all, Set<String> tied) {
		if (element == null || !element.accountHolder()) {
			return List.of();
		}
		Set<String> offeredIds = offered.stream().map(ItemOpinion::id).collect(Collectors.toSet());
		Set<String> holders = holders(offered, legalCase);
		return all.stream()
			.filter(o -> !offeredIds.contains(o.id()) && tied.contains(o.id()) && o.usable())
			.filter(o -> fromHolder(legalCase.item(o.id()), holders, legalCase))
			.map(ItemOpinion::id)
			.toList();
	}

	/**
	 * The chain of the case's cause of action, or {@code null} when rules/chains.yaml has
	 * none for it.
	 */
	EvidenceChain chain(LegalCase legalCase, List<FactChain> facts) {
		CauseChain cause = this.chains.forCase(legalCase);
		if (cause == null) {
			return null;
		}
		List<ChainLink> links = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		WeakestLink weakest = null;
		int strength = Integer.MAX_VALUE;
		LocalDate claimDate = this.chains.claimDay(legalCase);
		List<EvidenceItem> lastingItems = offeredFor(legalCase, lastingFacts(cause, facts));
		LocalDate lasting = lastingFactDate(legalCase, lastingItems);
		boolean mayHaveLasted = claimDate == null && mayHaveLasted(lastingItems);
		for (Requirement written : cause.requirements()) {
			List<FactChain> filling = facts.stream().filter(f -> written.id().equals(f.requirement())).toList();
			List<EvidenceItem> offered = offeredFor(legalCase, filling);
			LocalDate own = written.continuing() ? lasting : factDate(legalCase, offered);
			// limitation runs afresh from the last act that interrupted it:
			// that act's law says it did
			Requirement requirement = written.on(legalCase.lawDate(), (claimDate != null) ? claimDate : own,
					lastActDate(legalCase, offered));
			if (written.continuing() && mayHaveLasted) {
				requirement = requirement.orIfLasting(written.on(legalCase.lawDate()));
			}
			FactChain strongest = filling.stream()
				.filter(f -> usableItem(f) != null || f.coveredBeyondItems())
				.max(Comparator.comparingInt(FactChain::strength))
				.orElse(null);
			int linkStrength = (strongest != null) ? strongest.strength() : 0;
			// what to look for, where nothing covers the link or what does is
			// not yet low risk
			boolean gather = this.model.band(linkStrength) != Level.LOW;
			boolean fixed = requirement.gatherWhenFixedZh() != null
					&& offered.stream().anyMatch(i -> i.custody().fixedByThirdParty());
			links.add(new ChainLink(requirement.id(), requirement.labelZh(), requirement.labelEn(),
					requirement.elements(), requirement.source(), requirement.sourceEn(),
					filling.stream().map(FactChain::fact).toList(), strongest != null, linkStrength,
					this.model.band(linkStrength),
					gather ? (fixed ? requirement.gatherWhenFixedZh() : requirement.gatherZh()) : null,
					gather ? (fixed ? requirement.gatherWhenFixedEn() : requirement.gatherEn()) : null,
					requirement.supporting(),
					gather ? filedBeside(offered, aboutAccountHolder(requirement)) : List.of()));
			if (requirement.supporting()) {
				continue;
			}
			if (strongest == null) {
				missing.addAll(requirement.elements());
			}
			if (linkStrength < strength) {
				strength = linkStrength;
				weakest = (strongest != null) ? withRequirement(strongest.weakestLink(), requirement.id())
						: withoutUsable(requirement.id(), filling);
			}
		}
		if (weakest == null) {
			strength = 0;
		}
		boolean complete = missing.isEmpty() && weakest != null;
		Level level = complete ? this.model.band(strength) : Level.HIGH;
		return new EvidenceChain(WireNames.of(legalCase.causeOfAction()), cause.titleZh(), cause.titleEn(),
				claimant(cause, legalCase.claimant()), claimantChoices(cause, legalCase.claimant()), List.copyOf(links),
				complete, List.copyOf(missing), weakest, complete ? strength : 0, level);
	}

	/**
	 * The descriptions of the outside evidence filed beside the items, each once; for a
	 * requirement about who holds an account ({@code accountHolder}), a witness only
	 * where the case file says witnesses identify the account (a friend who saw a post is
	 * no proof of who published it: review round 48, syn-55129-00015).
	 */
	private static List<String> filedBeside(List<EvidenceItem> items, boolean accountHolder) {
		return items.stream()
			.flatMap(i -> i.outsideEvidence()
				.stream()
				.filter(e -> !accountHolder || e.kind() != OutsideEvidenceKind.WITNESS
						|| Boolean.TRUE.equals(i.identity().thirdPartyIdentification())))
			.map(OutsideEvidence::description)
			.filter(d -> d != null && !d.isBlank())
			.distinct()
			.toList();
	}

	/** Every element that fills the requirement is who holds an account. */
	private boolean aboutAccountHolder(Requirement requirement) {
		return !requirement.elements().isEmpty() && requirement.elements().stream().allMatch(e -> {
			Chains.Element element = this.chains.element(e);
			return element != null && element.accountHolder();
		});
	}

	/**
	 * When the legal fact a requirement is about happened (the loan made, the post
	 * published): the earliest time of the items offered for the facts that fill it, or
	 * the law date when none gives a time. A change of substantive law applies by it.
	 */
	private static LocalDate factDate(LegalCase legalCase, List<EvidenceItem> offered) {
		return daysOf(offered).min(Comparator.naturalOrder()).orElse(legalCase.lawDate());
	}

	/**
	 * When the lasting fact the cause's {@code continuing} requirements are about (a post
	 * left published) happened, one day for all of them, so that one statement is judged
	 * by one law: the law date where an item offered for any of them shows it still in
	 * place for the suit, shown in court or still to be seen (it lasted to then,
	 * 民法典时间效力规定第一条第三款), else the earliest time of those items ({@code offered}).
	 */
	private static LocalDate lastingFactDate(LegalCase legalCase, List<EvidenceItem> offered) {
		if (offered.stream().anyMatch(EvidenceChains::stillInPlaceForTheSuit)) {
			return legalCase.lawDate();
		}
		return factDate(legalCase, offered);
	}

	/**
	 * Whether the lasting fact may have lasted to the suit though no item shows it: a
	 * post offered for it that was not shown in court and that the case file neither says
	 * is gone nor still up ({@code offered}: the items offered for it). Its law then
	 * turns on a fact the file leaves open.
	 */
	private static boolean mayHaveLasted(List<EvidenceItem> offered) {
		return offered.stream().noneMatch(EvidenceChains::stillInPlaceForTheSuit)
				&& offered.stream().anyMatch(EvidenceChains::postOfUnknownFate);
	}

	/**
	 * A post the case file says neither is still up ({@code none}) nor is gone (deleted,
	 * out of reach): a phone of the client's lost, destroyed or replaced says nothing of
	 * the post, which is on the publisher's account.
	 */
	private static boolean postOfUnknownFate(EvidenceItem item) {
		OriginalUnavailableReason reason = item.custody().originalUnavailableReason();
		return item.ofAPost() && reason != OriginalUnavailableReason.NONE
				&& reason != OriginalUnavailableReason.DELETED_BY_USER
				&& reason != OriginalUnavailableReason.UNOBTAINABLE;
	}

	/** The facts that fill the cause's {@code continuing} requirements. */
	private static List<FactChain> lastingFacts(CauseChain cause, List<FactChain> facts) {
		return facts.stream()
			.filter(f -> cause.requirements().stream().anyMatch(r -> r.continuing() && r.id().equals(f.requirement())))
			.toList();
	}

	/**
	 * When the last act of a requirement's facts happened (the latest demand, which
	 * interrupts limitation afresh): the latest time of the items offered for them, or
	 * the law date when none gives a time (the suit is itself a demand).
	 */
	private static LocalDate lastActDate(LegalCase legalCase, List<EvidenceItem> offered) {
		return daysOf(offered).max(Comparator.naturalOrder()).orElse(legalCase.lawDate());
	}

	/** The items offered for any of the facts that fill a requirement. */
	private static List<EvidenceItem> offeredFor(LegalCase legalCase, List<FactChain> filling) {
		return legalCase.items()
			.stream()
			.filter(i -> filling.stream().anyMatch(f -> i.proves().contains(f.fact())))
			.toList();
	}

	/** The days of the items that give a time. */
	private static Stream<LocalDate> daysOf(List<EvidenceItem> items) {
		return items.stream().filter(i -> i.time() != null).map(i -> i.time().toLocalDate());
	}

	/**
	 * The post itself (or its comments) is shown still in place for the suit: shown in
	 * court at the hearing, or, as the case file says, it can still be seen. A third
	 * party's chat about it shows nothing of whether it is still up, nor does a court's
	 * preservation, whose day the case file does not give (it may precede the suit).
	 */
	private static boolean stillInPlaceForTheSuit(EvidenceItem item) {
		return item.ofAPost() && (Boolean.TRUE.equals(item.custody().shownInCourt())
				|| item.custody().originalUnavailableReason() == OriginalUnavailableReason.NONE);
	}

	/** Who claims, as the case names it, or {@code null}. */
	private static Claimant claimant(CauseChain cause, String claimant) {
		Chains.Label label = (claimant != null) ? cause.claimants().get(claimant) : null;
		return (label != null) ? new Claimant(claimant, label.zh(), label.en()) : null;
	}

	/** The claimants the case could name, when it names none. */
	private static List<Claimant> claimantChoices(CauseChain cause, String claimant) {
		if (claimant != null) {
			return List.of();
		}
		return cause.claimants().keySet().stream().map(c -> claimant(cause, c)).toList();
	}

	private FactChain fact(FactToProve fact, Requirement requirement, LegalCase legalCase, List<ItemOpinion> all,
			Established established) {
		List<ItemOpinion> offered = all.stream()
			.filter(o -> itemProves(legalCase, o.id(), fact.id()))
			.sorted(Comparator.comparingInt((ItemOpinion o) -> o.usable() ? o.score() : -1).reversed())
			.toList();
		Chains.Element element = this.chains.element(fact.element());
		// every item the case score counts (all but the excluded): a payment whose record
		// was shown not to be authentic is a part left unproved, not a part that was
		// never paid (CaseScores)
		Map<String, Integer> scoreOf = new LinkedHashMap<>();
		offered.stream()
			.filter(o -> o.level() != Level.EXCLUDED)
			.forEach(o -> scoreOf.put(o.id(), CaseScores.forFact(element, legalCase.item(o.id()), o.score(),
					() -> this.model, established.payments())));
		List<Part> parts = PaymentParts.of(element, legalCase, scoreOf);
		String decisiveId = PaymentParts.decisive(parts, legalCase, scoreOf, established.payments().partOfSum());
		ItemOpinion decisive = offered.stream().filter(o -> o.id().equals(decisiveId)).findFirst().orElse(null);
		// a payment that proves the purpose it was given for only by the payer's word, or
		// an unsigned paper offered for a sum paid (CaseScores.forFact), counts for less
		// than its own score
		String capped = (decisive != null)
				? cappedBecause(element, legalCase, decisive, scoreOf, established.payments().partOfSum()) : null;
		int proved = PaymentParts.strength(parts, legalCase, scoreOf, established.payments().partOfSum());
		int strength = CaseScores.beyondItems(proved, fact, legalCase, this.chains, () -> this.model);
		List<ChainItem> items = offered.stream()
			.map(o -> new ChainItem(o.id(), o.kind(), o.score(), o.level(), o.needsCorroboration(),
					established.refused().contains(o.id()), o.usable(), countsAs(scoreOf.get(o.id()), o.score()),
					cappedBecause(element, legalCase, o, scoreOf, established.payments().partOfSum()),
					admittedReceipt(element, o, established)))
			.toList();
		String requirementId = (requirement != null) ? requirement.id() : null;
		Admitted admitted = admitted(fact, legalCase.lawDate());
		boolean bindingAdmission = admitted != null && admitted.binds();
		RecordFiled record = filed(this.chains.officialRecordFor(fact, legalCase), this.chains.officialRecord(),
				legalCase);
		RecordFiled signed = filed(this.chains.signedDocumentFor(fact, legalCase), this.chains.signedDocument(),
				legalCase);
		RecordFiled opponents = filed(this.chains.opponentsRecordFor(fact, legalCase), this.chains.opponentsRecord(),
				legalCase);
		RecordFiled thirdParty = filed(this.chains.thirdPartyRecordFor(fact, legalCase), this.chains.thirdPartyRecord(),
				legalCase);
		// the admission or the record filed sets the fact's strength unless an item
		// proves it more strongly
		String beyond = beyond(bindingAdmission, record, signed, opponents, strength);
		WeakestLink weakest = (strength > proved)
				? new WeakestLink(requirementId, fact.id(), null, beyond, strength, List.of())
				: weakness(requirementId, fact.id(), decisive, offered, strength, capped, this.model,
						decisive != null && admittedReceipt(element, decisive, established));
		boolean standsAlone = bindingAdmission || record != null || signed != null || opponents != null
				|| thirdParty != null || (decisive != null && !decisive.needsCorroboration()
						&& decisive.level() != Level.HIGH && capped == null);
		String labelZh = (element != null) ? element.zh() : null;
		String labelEn = (element != null) ? element.en() : null;
		return new FactChain(fact.id(), fact.element(), labelZh, labelEn, fact.description(), requirementId, items,
				parts.stream().map(this::part).toList(), strength, this.model.band(strength), standsAlone, weakest,
				admitted, record, signed, opponents, thirdParty,
				alsoShownBy(element, offered, legalCase, all, established.tied()),
				(admitted == null) ? accountAdmittedIn(element, offered, legalCase) : List.of());
	}

	/**
	 * What sets a fact's strength above its items': the opponent's binding admission, an
	 * official record, the opponent's signed paper, the opponent's own records, else a
	 * third party's business record (the strongest that applies).
	 */
	private String beyond(boolean bindingAdmission, RecordFiled record, RecordFiled signed, RecordFiled opponents,
			int strength) {
		if (bindingAdmission && strength == this.model.admittedFact()) {
			return WeakestLink.ADMITTED;
		}
		if (record != null && strength == this.model.officialRecord()) {
			return WeakestLink.OFFICIAL_RECORD;
		}
		if (signed != null && strength == this.model.signedDocument()) {
			return WeakestLink.SIGNED_DOCUMENT;
		}
		return (opponents != null && strength == this.model.opponentsRecord()) ? WeakestLink.OPPONENTS_RECORD
				: WeakestLink.THIRD_PARTY_RECORD;
	}

	/**
	 * Why an item proves the fact at less than its own score
	 * ({@link CaseScores#cappedBecause}); {@code null} where it does not.
	 */
	private static String cappedBecause(Chains.Element element, LegalCase legalCase, ItemOpinion item,
			Map<String, Integer> scoreOf, Set<String> partOfSum) {
		return (countsAs(scoreOf.get(item.id()), item.score()) != null)
				? CaseScores.cappedBecause(element, legalCase.item(item.id()), partOfSum) : null;
	}

	/**
	 * The score an item proves the fact at, where less than its own; else {@code null}.
	 */
	private static Integer countsAs(Integer forFact, int own) {
		return (forFact != null && forFact < own) ? forFact : null;
	}

	/**
	 * A record filed that proves the fact by itself, with the provision that presumes it
	 * true; {@code null} when none is.
	 */
	private static RecordFiled filed(OutsideEvidence evidence, Chains.Provision presumption, LegalCase legalCase) {
		if (evidence == null) {
			return null;
		}
		Chains.Provision cited = presumption.on(legalCase.lawDate());
		return new RecordFiled(WireNames.of(evidence.kind()), evidence.description(), cited.source(), cited.sourceEn());
	}

	/**
	 * The opponent's admission of the fact with the provision that gives it effect, or
	 * denies it for a fact of personal status; {@code null} when the case file records
	 * none (or rules/chains.yaml says nothing of admissions).
	 */
	private Admitted admitted(FactToProve fact, LocalDate lawDate) {
		Chains.Admission admission = this.chains.admission();
		if (!fact.admitted() || admission == null) {
			return null;
		}
		Chains.Admission cited = admission.on(lawDate);
		return this.chains.admissionBinds(fact)
				? new Admitted(true, cited.source(), cited.sourceEn(), cited.withdrawal(), cited.withdrawalEn())
				: new Admitted(false, cited.barred(), cited.barredEn(), null, null);
	}

	private PaymentPart part(Part part) {
		return new PaymentPart(part.amount(), part.time(), part.items(), part.strength(),
				this.model.band(part.strength()));
	}

	/**
	 * What holds the fact's proof down: the weakness of the item that sets its strength
	 * ({@code decisive}), at the fact's strength (the item's score, or the payments
	 * weighted by their amounts), or that no item offered is usable; for a payment that
	 * proves the purpose it was given for only by the payer's word, or a paper the
	 * opponent never signed offered for a sum paid ({@code capped}), that cap.
	 */
	private static WeakestLink weakness(String requirement, String fact, ItemOpinion decisive,
			List<ItemOpinion> offered, int strength, String capped, ScoreModel model, boolean receiptAdmitted) {
		if (decisive == null) {
			if (offered.isEmpty()) {
				return new WeakestLink(requirement, fact, null, null, 0, List.of());
			}
			return unusable(requirement, fact, offered.get(0), 0);
		}
		if (!decisive.usable() && receiptAdmitted) {
			// the answer admits the money was received: the copy's fault does not
			// undo that (review round 43, syn-61807-00004 E2)
			return new WeakestLink(requirement, fact, decisive.id(), WeakestLink.RECEIPT_ADMITTED, strength, List.of());
		}
		if (!decisive.usable()) {
			// a payment of a sum paid in parts whose record was shown not to be authentic
			return unusable(requirement, fact, decisive, strength);
		}
		if (capped != null) {
			return new WeakestLink(requirement, fact, decisive.id(), capped, strength, List.of());
		}
		Dimensions d = decisive.dimensions();
		int uncapped = Math.min(d.authenticity(), d.relevance());
		if (decisive.score() < uncapped) {
			boolean corroboration = decisive.needsCorroboration() && decisive.score() == d.sufficiency();
			String effect = corroboration ? "needsCorroboration" : "likelyRefused";
			return new WeakestLink(requirement, fact, decisive.id(), corroboration ? "sufficiency" : "refused",
					strength, rules(decisive, r -> effect.equals(r.effect())));
		}
		// on a tie, the dimension something holds down
		// (an unsigned IOU's relevance, not an authenticity
		// nothing weakens)
		List<String> authenticityDown = holdingDown(decisive, "authenticity");
		List<String> relevanceDown = holdingDown(decisive, "relevance");
		boolean authenticity = d.authenticity() < d.relevance()
				|| (d.authenticity() == d.relevance() && (!authenticityDown.isEmpty() || relevanceDown.isEmpty()));
		String dimension = authenticity ? "authenticity" : "relevance";
		List<String> down = authenticity ? authenticityDown : relevanceDown;
		int value = authenticity ? d.authenticity() : d.relevance();
		return new WeakestLink(requirement, fact, decisive.id(), dimension, strength, down,
				!down.isEmpty() && model.band(Math.min(100, value + lost(decisive, down))) != Level.LOW);
	}

	/** The points the findings of {@code rules} take from the item. */
	private static int lost(ItemOpinion item, List<String> rules) {
		return item.reasons().stream().filter(r -> rules.contains(r.ruleId())).mapToInt(r -> -r.points()).sum();
	}

	/**
	 * What holds the fact down is an item that cannot bear on it: excluded (legality), or
	 * shown not to be authentic; with the rules that did so.
	 */
	private static WeakestLink unusable(String requirement, String fact, ItemOpinion item, int strength) {
		boolean excluded = item.level() == Level.EXCLUDED;
		String effect = excluded ? "excludes" : "disproves";
		return new WeakestLink(requirement, fact, item.id(), excluded ? "legality" : "authenticity", strength,
				rules(item, r -> effect.equals(r.effect())));
	}

	private static List<String> holdingDown(ItemOpinion item, String dimension) {
		return rules(item, r -> dimension.equals(r.dimension()) && r.points() < 0);
	}

	/**
	 * The rules whose findings hold the item down, the heaviest first (a −30 before a −5;
	 * findings without points in the order of the reasons).
	 */
	private static List<String> rules(ItemOpinion item, Predicate<Reason> holdsDown) {
		return item.reasons()
			.stream()
			.filter(holdsDown)
			.sorted(Comparator.comparingInt(Reason::points))
			.map(Reason::ruleId)
			.toList();
	}

	/**
	 * A link no usable item fills: the item offered for it that was excluded or
	 * disproved, with what did so, or, where none was offered, no evidence.
	 */
	private static WeakestLink withoutUsable(String requirement, List<FactChain> filling) {
		return filling.stream()
			.filter(f -> !f.items().isEmpty())
			.findFirst()
			.map(f -> withRequirement(f.weakestLink(), requirement))
			.orElseGet(() -> new WeakestLink(requirement, filling.isEmpty() ? null : filling.get(0).fact(), null, null,
					0, List.of()));
	}

	private static WeakestLink withRequirement(WeakestLink link, String requirement) {
		return new WeakestLink(requirement, link.fact(), link.item(), link.dimension(), link.score(), link.rules(),
				link.littleSupports());
	}

	private static ChainItem usableItem(FactChain fact) {
		return fact.items().stream().filter(ChainItem::covers).findFirst().orElse(null);
	}

	/**
	 * The item is a payment whose receipt the opponent's answer admits, offered for a sum
	 * paid (an element with {@code inParts}), as {@link CaseScores#forFact} counts it.
	 */
	private static boolean admittedReceipt(Chains.Element element, ItemOpinion item, Established established) {
		return element != null && element.inParts() && established.payments().receiptsAdmitted().contains(item.id());
	}

	private static boolean itemProves(LegalCase legalCase, String itemId, String factId) {
		return legalCase.items().stream().anyMatch(i -> i.id().equals(itemId) && i.proves().contains(factId));
	}

}
