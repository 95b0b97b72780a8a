package com.evidenceassessor.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.OutsideEvidence;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.support.WireNames;

/**
 * What each cause of action needs proved ({@code rules/chains.yaml}): the elements of the
 * facts to prove, and per cause the requirements a complete evidence chain fills, each
 * with its source.
 *
 * @param elements the element vocabulary for {@code factsToProve[].element}, by element
 * @param causes the chain of each cause of action, by the cause's wire name
 * @param admission what an opponent's admission of a fact to prove does, with its
 * provisions; {@code null} when the file says nothing of it (an admission then changes
 * nothing)
 * @param officialRecord the provision that an official record is presumed true, for the
 * elements an official record proves by itself; {@code null} when the file names none
 * @param signedDocument the provision that a private document its maker signed or sealed
 * is presumed authentic, for the elements the opponent's signed paper proves by itself
 * (an IOU, a contract); {@code null} when the file names none
 * @param opponentsRecord the provision that the opponent's own records of the fact, which
 * it keeps and produces (the employer's attendance records), prove it against the
 * opponent, for the elements they prove by themselves; {@code null} when the file names
 * none
 * @param thirdPartyRecord the provision that a third party's own record of the fact, made
 * in the ordinary course of its business (a carrier's record of a delivery, with who
 * signed for it), proves it whoever holds the WeChat account, for the elements it proves
 * by itself; {@code null} when the file names none
 */
public record Chains(Map<String, Element> elements, Map<String, CauseChain> causes, Admission admission,
		Provision officialRecord, Provision signedDocument, Provision opponentsRecord, Provision thirdPartyRecord) {

	/**
	 * The parameter that says how strongly a fact the opponent admits stands in the
	 * chain.
	 */
	public static final String ADMITTED_FACT = "scoring.chain.admittedFact";

	/** No chains: a rules folder without {@code chains.yaml}. */
	public static final Chains NONE = new Chains(Map.of(), Map.of(), null, null, null, null, null);

	/**
	 * The parameter that says how strongly a fact an official record proves stands in the
	 * chain.
	 */
	public static final String OFFICIAL_RECORD = "scoring.chain.officialRecord";

	/**
	 * The parameter that says how strongly a fact the opponent's signed paper proves
	 * stands in the chain.
	 */
	public static final String SIGNED_DOCUMENT = "scoring.chain.signedDocument";

	/**
	 * The parameter that says how strongly a fact the opponent's own records prove stands
	 * in the chain.
	 */
	public static final String OPPONENTS_RECORD = "scoring.chain.opponentsRecord";

	/**
	 * The parameter that says how strongly a fact a third party's business record proves
	 * stands in the chain.
	 */
	public static final String THIRD_PARTY_RECORD = "scoring.chain.thirdPartyRecord";

	/**
	 * The parameter that says how strongly a payment proves, by itself, the purpose it
	 * was given for (an element marked {@code payersWord}).
	 */
	public static final String PAYERS_WORD = "scoring.chain.payersWord";

	public Chains {
		elements = (elements != null) ? new LinkedHashMap<>(elements) : Map.of();
		causes = (causes != null) ? new LinkedHashMap<>(causes) : Map.of();
	}

	/** The chain a cause of action needs, or {@code null} when none is defined. */
	public CauseChain forCause(CauseOfAction cause) {
		return (cause != null) ? this.causes.get(WireNames.of(cause)) : null;
	}

	/**
	 * The chain a case needs: its cause's, with the requirements for the claimant it
	 * names ({@code null} when none is defined).
	 */
	public CauseChain forCase(LegalCase legalCase) {
		CauseChain cause = forCause(legalCase.causeOfAction());
		return (cause != null) ? cause.forClaimant(legalCase.claimant()) : null;
	}

	/** An element of the vocabulary, or {@code null} for a word outside it. */
	public Element element(String element) {
		return (element != null) ? this.elements.get(element) : null;
	}

	/**
	 * The official record filed with an item offered for the fact that proves it by
	 * itself (the element's {@link Element#officialRecord()}), or {@code null}.
	 */
	public OutsideEvidence officialRecordFor(FactToProve fact, LegalCase legalCase) {
		return filedFor(fact, legalCase, this.officialRecord, Element::officialRecord);
	}

	/**
	 * The opponent's signed paper filed with an item offered for the fact that proves it
	 * by itself (the element's {@link Element#signedDocument()}: the IOU for the loan,
	 * the contract for the sale), or {@code null}.
	 */
	public OutsideEvidence signedDocumentFor(FactToProve fact, LegalCase legalCase) {
		OutsideEvidence filed = filedFor(fact, legalCase, this.signedDocument, Element::signedDocument);
		return (filed != null) ? filed : paperProducedFor(fact, legalCase);
	}

	/**
	 * The paper original of a photographed document the opponent signed, produced in
	 * court, for an item offered for the fact whose element names a signed document: the
	 * paper is evidence of its own, presumed true (证据规定第九十二条第二款), however the photo of it
	 * filed fares (review round 44, syn-70913-00016 E3: a photo whose copy did not match
	 * its original took the signed IOU down with it); {@code null} when none is.
	 */
	private OutsideEvidence paperProducedFor(FactToProve fact, LegalCase legalCase) {
		Element element = element(fact.element());
		String kind = (element != null) ? element.signedDocument() : null;
		if (this.signedDocument == null || kind == null) {
			return null;
		}
		// a signature the opponent denies with reasons waits on its proof (a
		// handwriting appraisal) where the text of the day says so (review round
		// 52, syn-30517-00012 E4: the IOU set the agreement at 75 while its own
		// reason said the presumption did not settle the denial)
		boolean suspends = this.signedDocument.on(legalCase.lawDate()).reasonedDenialSuspends();
		boolean produced = legalCase.items()
			.stream()
			.anyMatch(i -> i.proves().contains(fact.id()) && i.signedPaperProduced()
					&& !(suspends && i.signatureDeniedWithReasons()));
		return produced ? new OutsideEvidence(WireNames.parse(OutsideEvidenceKind.class, kind), "图片所示纸质单据的原件（对方签名）")
				: null;
	}

	/**
	 * The opponent's own records filed with an item offered for the fact that prove it by
	 * themselves (the element's {@link Element#opponentsRecord()}: the employer's
	 * attendance records for the overtime worked), or {@code null}.
	 */
	public OutsideEvidence opponentsRecordFor(FactToProve fact, LegalCase legalCase) {
		return filedFor(fact, legalCase, this.opponentsRecord, Element::opponentsRecord);
	}

	/**
	 * A third party's business record filed with an item offered for the fact that proves
	 * it by itself (the element's {@link Element#thirdPartyRecord()}: the carrier's
	 * record of the delivery), or {@code null}.
	 */
	public OutsideEvidence thirdPartyRecordFor(FactToProve fact, LegalCase legalCase) {
		return filedFor(fact, legalCase, this.thirdPartyRecord, Element::thirdPartyRecord);
	}

	private OutsideEvidence filedFor(FactToProve fact, LegalCase legalCase, Provision presumption,
			Function<Element, String> kindOf) {
		Element element = element(fact.element());
		String kind = (element != null) ? kindOf.apply(element) : null;
		if (presumption == null || kind == null) {
			return null;
		}
		return legalCase.items()
			.stream()
			.filter(i -> i.proves().contains(fact.id()))
			.flatMap(i -> i.outsideEvidence().stream())
			.filter(o -> o.kind() != null && kind.equals(WireNames.of(o.kind())))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The day of the legal fact that gives rise to the claim, for a cause whose chain
	 * names the requirement for it ({@code datedBy}): the earliest time of the items
	 * offered for the facts that fill that requirement; {@code null} when the cause names
	 * none, or no such item gives a time.
	 */
	public LocalDate claimDay(LegalCase legalCase) {
		CauseChain cause = forCase(legalCase);
		if (cause == null || cause.datedBy() == null) {
			return null;
		}
		Set<String> facts = legalCase.factsToProve().stream().filter(f -> {
			Requirement filled = cause.requirementFor(f.element());
			return filled != null && cause.datedBy().equals(filled.id());
		}).map(FactToProve::id).collect(Collectors.toSet());
		return legalCase.items()
			.stream()
			.filter(i -> i.time() != null && i.proves().stream().anyMatch(facts::contains))
			.map(i -> i.time().toLocalDate())
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * The day whose substantive law judges an item's facts ({@code factDate: true} in
	 * instruments.yaml), for its reasons and for the grounds of its actions alike: the
	 * day of the claim's legal fact ({@link #claimDay}), else the item's own time, else
	 * the law date (no item: a finding about the case).
	 */
	public static LocalDate factDay(LocalDate claimDay, EvidenceItem item, LocalDate lawDate) {
		if (claimDay != null) {
			return claimDay;
		}
		return (item != null && item.time() != null) ? item.time().toLocalDate() : lawDate;
	}

	/**
	 * The opponent has admitted the fact and the admission binds: the fact needs no
	 * proof. An admission of a fact of personal status ({@link Element#statusFact()})
	 * does not.
	 */
	public boolean admissionBinds(FactToProve fact) {
		if (!fact.admitted() || this.admission == null) {
			return false;
		}
		Element element = element(fact.element());
		return element == null || !element.statusFact();
	}

	/**
	 * An element of the facts to prove.
	 *
	 * @param zh in Chinese
	 * @param en in English
	 * @param inParts the element is a sum of money paid (a loan delivered, a price or a
	 * betrothal gift paid), proved payment by payment: when several payments are offered
	 * for such a fact, each must be proved, and the fact is as strong as the weakest of
	 * them unless an item that is not a payment (an IOU, a bill) proves the whole sum;
	 * false when left out
	 * @param statusFact the element concerns personal status (whether a marriage was
	 * registered), which the court finds itself: an opponent's admission of it does not
	 * bind; false when left out
	 * @param officialRecord the kind of outside evidence (wire name) that proves the
	 * element by itself, an official record presumed true (the registry's search result:
	 * {@code registryRecord}); {@code null} for none
	 * @param signedDocument the kind of outside evidence (wire name) that proves the
	 * element by itself as a private document the opponent signed or sealed, presumed
	 * authentic (the IOU for the agreement to lend: {@code iou}); {@code null} for none
	 * @param opponentsRecord the kind of outside evidence (wire name) that proves the
	 * element by itself as the opponent's own records, which it keeps and produces (the
	 * employer's attendance records for the overtime worked: {@code employerRecord});
	 * {@code null} for none
	 * @param thirdPartyRecord the kind of outside evidence (wire name) that proves the
	 * element by itself as a third party's record made in the ordinary course of its
	 * business (the carrier's record of the delivery: {@code carrierRecord});
	 * {@code null} for none
	 * @param payersWord the element is the purpose money was given for (a betrothal gift
	 * given for marriage): a payment offered for it shows the money moved, and what it
	 * was for only by the payer's own word, so it proves the element at most as strongly
	 * as {@value #PAYERS_WORD} unless a witness is filed with it; false when left out
	 * @param accountHolder the element is who holds the account a record came from (the
	 * publisher of a post): any usable item from the same account tied to the party shows
	 * it, whatever it is offered for; false when left out
	 */
	public record Element(String zh, String en, Boolean inParts, Boolean statusFact, String officialRecord,
			String signedDocument, String opponentsRecord, String thirdPartyRecord, Boolean payersWord,
			Boolean accountHolder) {

		public Element {
			inParts = Boolean.TRUE.equals(inParts);
			payersWord = Boolean.TRUE.equals(payersWord);
			accountHolder = Boolean.TRUE.equals(accountHolder);
			statusFact = Boolean.TRUE.equals(statusFact);
		}

	}

	/**
	 * A label in both languages (a claimant's).
	 *
	 * @param zh in Chinese
	 * @param en in English
	 */
	public record Label(String zh, String en) {

	}

	/**
	 * What one cause of action needs proved.
	 *
	 * @param titleZh the cause's name in Chinese
	 * @param titleEn in English
	 * @param claimants who may bring the claim, when that changes what must be proved (a
	 * seller claiming the price proves delivery; a buyer claiming the goods or a refund
	 * proves payment), by the wire name a case file gives as {@code claimant}
	 * @param requirements the requirements, in the order the opinion lists them
	 * @param datedBy the requirement whose legal fact gives rise to the claim, or
	 * {@code null}: where the substantive law changed ({@code factDate}), every
	 * requirement cites the law of that fact's day, so one claim is judged by one law (a
	 * betrothal gift given in 2020 and asked back for a break-up in 2022: the Civil
	 * Code's interpretation throughout; a sale agreed in 2020 and delivered in 2021: the
	 * Contract Law throughout); only a supporting link's {@code limitation} (the demand
	 * that interrupts limitation) keeps its own facts' day; {@code null}: each
	 * requirement by its own facts
	 */
	public record CauseChain(String titleZh, String titleEn, Map<String, Label> claimants,
			List<Requirement> requirements, String datedBy) {

		public CauseChain {
			claimants = (claimants != null) ? new LinkedHashMap<>(claimants) : Map.of();
			requirements = (requirements != null) ? List.copyOf(requirements) : List.of();
		}

		/**
		 * The chain for a claimant: the requirements for every claimant and those for
		 * this one, or, when the case names none ({@code null}), those marked
		 * {@value Requirement#UNSTATED}.
		 */
		public CauseChain forClaimant(String claimant) {
			if (this.claimants.isEmpty()) {
				return this;
			}
			String wanted = (claimant != null) ? claimant : Requirement.UNSTATED;
			List<Requirement> applying = this.requirements.stream()
				.filter(r -> r.claimant() == null || r.claimant().equals(wanted))
				.toList();
			return new CauseChain(this.titleZh, this.titleEn, this.claimants, applying, this.datedBy);
		}

		/**
		 * The requirement a fact with this element fills, or {@code null} (no element, or
		 * one the cause's chain does not need).
		 */
		public Requirement requirementFor(String element) {
			if (element == null) {
				return null;
			}
			return this.requirements.stream().filter(r -> r.elements().contains(element)).findFirst().orElse(null);
		}

	}

	/**
	 * One link of the chain: filled by a fact to prove whose element is any of
	 * {@code elements}.
	 *
	 * @param id a stable id within the cause, e.g. {@code delivery}
	 * @param claimant the claimant it applies to (a key of the cause's
	 * {@code claimants}), {@value #UNSTATED} for a case that names none, or {@code null}
	 * for every case
	 * @param labelZh what must be proved, in Chinese
	 * @param labelEn in English
	 * @param elements the elements that fill it (any one suffices)
	 * @param source the provision that makes it part of the claim
	 * @param sourceEn the same in English
	 * @param earlier what the source read as for a case heard under earlier law (before
	 * the Civil Code, 2021-01-01, say)
	 * @param gatherZh the evidence that would prove it when no item does (an IOU, a
	 * delivery note), in Chinese; {@code null} for none named
	 * @param gatherEn the same in English
	 * @param gatherWhenFixedZh what to gather instead where an item offered for it is
	 * already fixed by a notary, a preservation platform or the court (a post the court
	 * preserved needs no notary's copy), in Chinese; {@code null} for {@code gatherZh}
	 * @param gatherWhenFixedEn the same in English
	 * @param supporting the link supports the claim without being an element of it (a
	 * demand for repayment: the suit itself is one, and it matters for limitation): shown
	 * in the chain, but never its weakest link, never missing from it, and not in the
	 * case's score
	 * @param continuing the legal fact it is about lasts (a post left published): where
	 * the post offered for it was shown in court or can still be seen, the fact lasted to
	 * the suit, and a change of substantive law applies by the law date (民法典时间效力规定第一条第三款)
	 * @param limitation for a supporting link about an act that interrupts limitation (a
	 * demand, an acknowledgement), the provision that it does, cited after
	 * {@code source}: the act is judged by the law of its own day, while {@code source}
	 * (the duty it enforces) follows the claim's legal fact; {@code null} for none
	 */
	public record Requirement(String id, String claimant, String labelZh, String labelEn, List<String> elements,
			String source, String sourceEn, List<EarlierSource> earlier, String gatherZh, String gatherEn,
			String gatherWhenFixedZh, String gatherWhenFixedEn, Boolean supporting, Boolean continuing,
			Provision limitation) {

		/**
		 * The {@code claimant} of a requirement for a case that does not name its
		 * claimant.
		 */
		public static final String UNSTATED = "unstated";

		public Requirement {
			elements = (elements != null) ? List.copyOf(elements) : List.of();
			earlier = (earlier != null) ? List.copyOf(earlier) : List.of();
			supporting = Boolean.TRUE.equals(supporting);
			continuing = Boolean.TRUE.equals(continuing);
		}

		/** The requirement as cited for a case heard on {@code lawDate}. */
		public Requirement on(LocalDate lawDate) {
			return on(lawDate, lawDate, lawDate);
		}

		/**
		 * The requirement as cited for a case heard on {@code lawDate} whose legal fact
		 * (the loan made, the post published) happened on {@code factDate}, and the last
		 * of whose own facts (the demand that interrupts limitation) on {@code actDate}:
		 * an entry marked {@code factDate} (a change of substantive law, such as the
		 * Civil Code) is chosen by the day of the fact, the others (interpretations
		 * applied at the hearing) by the law date (民法典时间效力规定第一条); the limitation
		 * provision by the day of the act.
		 */
		public Requirement on(LocalDate lawDate, LocalDate factDate, LocalDate actDate) {
			Provision duty = new Provision(this.source, this.sourceEn, this.earlier).on(lawDate, factDate);
			String zh = duty.source();
			String en = duty.sourceEn();
			if (this.limitation != null) {
				Provision interrupts = this.limitation.on(lawDate, actDate);
				zh = zh + "；" + interrupts.source();
				en = en + "; " + interrupts.sourceEn();
			}
			return new Requirement(this.id, this.claimant, this.labelZh, this.labelEn, this.elements, zh, en, List.of(),
					this.gatherZh, this.gatherEn, this.gatherWhenFixedZh, this.gatherWhenFixedEn, this.supporting,
					this.continuing, null);
		}

		/**
		 * This requirement, as cited by the day the lasting fact began, followed by what
		 * it cites should the fact prove to have lasted to the suit ({@code lasting}, as
		 * cited on the law date): a post published before the Civil Code that the case
		 * file does not say is gone or still up (民法典时间效力规定第一条第三款).
		 */
		public Requirement orIfLasting(Requirement lasting) {
			if (lasting.source().equals(this.source)) {
				return this;
			}
			// a provision both cite (the evidence rule beside the substantive one) is
			// cited once, after both (review round 44, syn-70913-00014)
			Parts zh = Parts.of(this.source, lasting.source(), "；");
			Parts en = Parts.of(this.sourceEn, lasting.sourceEn(), "; ");
			String zhText = zh.own() + "；该言论如至今仍可看到（侵害持续至新法施行后），则适用" + zh.other() + "（民法典时间效力规定第一条第三款）"
					+ zh.sharedAfter();
			String enText = en.own() + "; should the statement still be up (the infringement lasting past the new law's"
					+ " start), " + en.other() + " (Civil Code Temporal Effect Provisions Art. 1(3))"
					+ en.sharedAfter();
			return new Requirement(this.id, this.claimant, this.labelZh, this.labelEn, this.elements, zhText, enText,
					List.of(), this.gatherZh, this.gatherEn, this.gatherWhenFixedZh, this.gatherWhenFixedEn,
					this.supporting, this.continuing, null);
		}

	}

	/**
	 * Two citations split into their provisions at the separators outside brackets: what
	 * only the first cites, what only the other cites, and what both cite, in the first's
	 * order.
	 */
	record Parts(String own, String other, String shared, String separator) {

		static Parts of(String first, String other, String separator) {
			List<String> firstParts = split(first, separator);
			List<String> otherParts = split(other, separator);
			List<String> shared = firstParts.stream().filter(otherParts::contains).toList();
			return new Parts(join(firstParts, shared, separator), join(otherParts, shared, separator),
					String.join(separator, shared), separator);
		}

		/** What both cite, after a separator; empty when nothing is shared. */
		String sharedAfter() {
			return this.shared.isEmpty() ? "" : this.separator + this.shared;
		}

		private static String join(List<String> parts, List<String> leaveOut, String separator) {
			return String.join(separator, parts.stream().filter(p -> !leaveOut.contains(p)).toList());
		}

		static List<String> split(String citation, String separator) {
			List<String> parts = new java.util.ArrayList<>();
			int depth = 0;
			int start = 0;
			for (int i = 0; i < citation.length(); i++) {
				char c = citation.charAt(i);
				if (c == '（' || c == '(') {
					depth++;
				}
				else if (c == '）' || c == ')') {
					depth--;
				}
				else if (depth == 0 && citation.startsWith(separator, i)) {
					parts.add(citation.substring(start, i));
					start = i + separator.length();
					i = start - 1;
				}
			}
			parts.add(citation.substring(start));
			return parts;
		}

	}

	/**
	 * A provision as cited, with what it read as earlier: that a record filed is presumed
	 * true (an official record, a signed private document); that a demand interrupts
	 * limitation.
	 *
	 * @param source the provision
	 * @param sourceEn the same in English
	 * @param earlier the provision for a case heard (or, for an entry marked
	 * {@code factDate}, a fact that happened) before a date
	 * @param reasonedDenialSuspends a signature the opponent denies with reasons is for
	 * the party relying on the paper to prove, so the presumption waits on that proof
	 * (证据规定第九十二条第一款); not under the 2001 text, which confirms the original unless
	 * contrary evidence rebuts it (第七十条第（一）项)
	 */
	public record Provision(String source, String sourceEn, List<EarlierSource> earlier,
			Boolean reasonedDenialSuspends) {

		public Provision {
			earlier = (earlier != null) ? List.copyOf(earlier) : List.of();
			reasonedDenialSuspends = Boolean.TRUE.equals(reasonedDenialSuspends);
		}

		public Provision(String source, String sourceEn, List<EarlierSource> earlier) {
			this(source, sourceEn, earlier, false);
		}

		/** The provision as cited for a case heard on {@code lawDate}. */
		public Provision on(LocalDate lawDate) {
			return on(lawDate, lawDate);
		}

		/**
		 * The provision as cited for a case heard on {@code lawDate} about a fact that
		 * happened on {@code factDate} (see
		 * {@link Requirement#on(LocalDate, LocalDate, LocalDate)}).
		 */
		public Provision on(LocalDate lawDate, LocalDate factDate) {
			EarlierSource applies = EarlierTexts.entryFor(this.earlier, EarlierSource::before,
					e -> e.factDate() ? factDate : lawDate);
			return (applies == null) ? this
					: new Provision(applies.source(), applies.sourceEn(), List.of(), applies.reasonedDenialSuspends());
		}

	}

	/**
	 * What an opponent's admission of a fact to prove does (自认), as cited.
	 *
	 * @param source the provision that a fact the opponent admits needs no proof
	 * @param sourceEn the same in English
	 * @param barred the provision that an admission of a fact of personal status does not
	 * bind
	 * @param barredEn the same in English
	 * @param withdrawal when a binding admission stops relieving the client (it is
	 * withdrawn, or contradicts the facts found), with the provisions
	 * @param withdrawalEn the same in English
	 * @param earlier the provisions for a case heard before a date
	 */
	public record Admission(String source, String sourceEn, String barred, String barredEn, String withdrawal,
			String withdrawalEn, List<EarlierAdmission> earlier) {

		public Admission {
			earlier = (earlier != null) ? List.copyOf(earlier) : List.of();
		}

		/** The provisions as cited for a case heard on {@code lawDate}. */
		public Admission on(LocalDate lawDate) {
			EarlierAdmission applies = EarlierTexts.entryFor(this.earlier, EarlierAdmission::before, lawDate);
			return (applies == null) ? this : applies.texts();
		}

	}

	/**
	 * The provisions on admissions for a case heard before a date.
	 *
	 * @param before the first day the provisions as written apply
	 * @param source as {@link Admission#source()}
	 * @param sourceEn the same in English
	 * @param barred as {@link Admission#barred()}
	 * @param barredEn the same in English
	 * @param withdrawal as {@link Admission#withdrawal()}
	 * @param withdrawalEn the same in English
	 */
	public record EarlierAdmission(LocalDate before, String source, String sourceEn, String barred, String barredEn,
			String withdrawal, String withdrawalEn) {

		/** The provisions as they then read. */
		public Admission texts() {
			return new Admission(this.source, this.sourceEn, this.barred, this.barredEn, this.withdrawal,
					this.withdrawalEn, List.of());
		}

	}

	/**
	 * A requirement's source for a case heard before a date.
	 *
	 * @param before the first day the source as written applies
	 * @param source the provisions then
	 * @param sourceEn the same in English
	 * @param factDate the entry is for a change of substantive law and applies by the day
	 * of the legal fact, not the law date
	 */
	public record EarlierSource(LocalDate before, String source, String sourceEn, Boolean factDate,
			Boolean reasonedDenialSuspends) {

		public EarlierSource {
			factDate = Boolean.TRUE.equals(factDate);
			reasonedDenialSuspends = Boolean.TRUE.equals(reasonedDenialSuspends);
		}

	}

}
