package com.evidenceassessor.assessment;

import com.evidenceassessor.assessment.EvidenceChain.WeakestLink;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.rules.Chains;
import com.evidenceassessor.rules.Chains.CauseChain;
import com.evidenceassessor.rules.Chains.Requirement;

/**
 * The case's score from its items' scores: the weakest link, each fact to prove as strong
 * as its best item that is not excluded (a sum paid in several payments payment by
 * payment, {@link PaymentParts}, as the evidence chain rates it), and facts that fill the
 * same requirement of the cause's evidence chain (rules/chains.yaml: an acknowledgement
 * of the debt or a demand for repayment) alternatives, as strong as the strongest of
 * them; the mean of the items that are not excluded — they are out, not zero — when the
 * case file names no facts to prove. A fact that only items no ground for the claim are
 * offered for (a modest festival gift claimed as bride price) is set aside. A fact the
 * opponent has admitted, the admission binding, or an official record filed proves
 * ({@link #beyondItems}), is at least as strong as the parameter for it. One definition
 * for the opinion and for every what-if on the case.
 */
final class CaseScores {

	private CaseScores() {
	}

	/**
	 * @param model the scoring model, for the strength of a fact the opponent's binding
	 * admission or an official record proves; read only when one does
	 * @param unfounded the items no ground for the claim they are offered for: a fact
	 * only they are offered for is set aside, not the weakest link
	 * @param payments what the rules found about the payments and the records of them
	 */
	static int of(LegalCase legalCase, Map<String, ItemScore> scores, Chains chains, Supplier<ScoreModel> model,
			Set<String> unfounded, PaymentFindings payments) {
		if (legalCase.factsToProve().isEmpty()) {
			return (int) Math.round(legalCase.items()
				.stream()
				.filter(i -> !unfounded.contains(i.id()))
				.map(i -> scores.get(i.id()))
				.filter(CaseScores::usable)
				.mapToInt(ItemScore::overall)
				.average()
				.orElse(0));
		}
		CauseChain chain = chains.forCase(legalCase);
		Map<String, Integer> links = new HashMap<>();
		Map<String, Integer> supportingLinks = new HashMap<>();
		for (FactToProve fact : legalCase.factsToProve()) {
			if (!setAside(legalCase, fact, scores, unfounded)) {
				(supporting(chain, fact) ? supportingLinks : links).merge(link(chain, fact),
						linkStrength(legalCase, fact, scores, chains, model, payments), Math::max);
			}
		}
		// a case that offers items only for supporting links (a borrower's
		// acknowledgement alone) is rated on them
		return (links.isEmpty() ? supportingLinks : links).values()
			.stream()
			.mapToInt(Integer::intValue)
			.min()
			.orElse(0);
	}

	/**
	 * Every usable item offered for the fact is no ground for the claim (and there is
	 * one): the claim is one to drop or amend, and proving it better changes nothing.
	 */
	static boolean setAside(LegalCase legalCase, FactToProve fact, Map<String, ItemScore> scores,
			Set<String> unfounded) {
		List<String> offered = legalCase.items()
			.stream()
			.filter(i -> i.proves().contains(fact.id()) && usable(scores.get(i.id())))
			.map(EvidenceItem::id)
			.toList();
		return !offered.isEmpty() && unfounded.containsAll(offered);
	}

	/**
	 * The fact fills a requirement that supports the claim without being an element of it
	 * (rules/chains.yaml {@code supporting}): it does not count in the score while a fact
	 * that fills an element does.
	 */
	static boolean supporting(CauseChain chain, FactToProve fact) {
		Requirement requirement = (chain != null) ? chain.requirementFor(fact.element()) : null;
		return requirement != null && requirement.supporting();
	}

	/** The requirement a fact fills, or the fact itself when it fills none. */
	private static String link(CauseChain chain, FactToProve fact) {
		Requirement requirement = (chain != null) ? chain.requirementFor(fact.element()) : null;
		return (requirement != null) ? "requirement:" + requirement.id() : "fact:" + fact.id();
	}

	/**
	 * How strongly the case proves a fact, as its chain link counts it: the items offered
	 * for it ({@link #strength}), and the records filed beside them that prove it by
	 * themselves ({@link #beyondItems}).
	 */
	static int linkStrength(LegalCase legalCase, FactToProve fact, Map<String, ItemScore> scores, Chains chains,
			Supplier<ScoreModel> model, PaymentFindings payments) {
		return beyondItems(strength(legalCase, fact, scores, chains, model, payments), fact, legalCase, chains, model);
	}

	/**
	 * How strongly the usable items offered for a fact prove it, 0 when none: the
	 * strongest of them, or for a sum paid in several payments (an element with
	 * {@code inParts}) payment by payment ({@link PaymentParts}).
	 */
	static int strength(LegalCase legalCase, FactToProve fact, Map<String, ItemScore> scores, Chains chains,
			Supplier<ScoreModel> model, PaymentFindings payments) {
		Chains.Element element = chains.element(fact.element());
		Map<String, Integer> offered = new LinkedHashMap<>();
		for (EvidenceItem item : legalCase.items()) {
			ItemScore score = scores.get(item.id());
			if (item.proves().contains(fact.id()) && usable(score)) {
				offered.put(item.id(), forFact(element, item, score.overall(), model, payments));
			}
		}
		return PaymentParts.strength(PaymentParts.of(element, legalCase, offered), legalCase, offered,
				payments.partOfSum());
	}

	/**
	 * How strongly an item scoring {@code score} proves a fact of the element: its score,
	 * except that a payment offered for the purpose it was given for (an element marked
	 * {@code payersWord}) proves it at most as strongly as
	 * {@code scoring.chain.payersWord} unless a witness is filed with it — the payment
	 * shows the money moved, its purpose only the payer's word; that a photographed paper
	 * the opponent never signed proves no sum paid (an element with {@code inParts}) at
	 * all; and that a payment the opponent's answer admits receiving
	 * ({@code receiptsAdmitted}) proves a sum paid (an element with {@code inParts}) at
	 * least as strongly as {@code scoring.chain.admittedFact}.
	 */
	static int forFact(Chains.Element element, EvidenceItem item, int score, Supplier<ScoreModel> model,
			PaymentFindings payments) {
		String capped = cappedBecause(element, item, payments.partOfSum());
		if (WeakestLink.PAYERS_WORD.equals(capped)) {
			return Math.min(score, model.get().payersWord());
		}
		if (WeakestLink.UNSIGNED_PAPER.equals(capped) || WeakestLink.PART_OF_SUM.equals(capped)) {
			return 0;
		}
		// a payment the opponent admits receiving is delivered, whatever its copy is
		// worth
		boolean admitted = element != null && element.inParts() && payments.receiptsAdmitted().contains(item.id());
		return admitted ? Math.max(score, model.get().admittedFact()) : score;
	}

	/**
	 * Why an item proves a fact of {@code element} at most at a cap, whatever its own
	 * score ({@link #forFact}): {@link WeakestLink#PAYERS_WORD} for a payment offered for
	 * the purpose it was given for with no witness filed with it,
	 * {@link WeakestLink#UNSIGNED_PAPER} for a photographed paper the opponent never
	 * signed offered for a sum paid, {@link WeakestLink#PART_OF_SUM} for a record found
	 * to show another amount than the one claimed ({@code partOfSum}); {@code null} for
	 * none.
	 */
	static String cappedBecause(Chains.Element element, EvidenceItem item, Set<String> partOfSum) {
		if (element == null) {
			return null;
		}
		if (element.payersWord() && item.moneyItem()
				&& item.outsideEvidence().stream().noneMatch(e -> e.kind() == OutsideEvidenceKind.WITNESS)) {
			return WeakestLink.PAYERS_WORD;
		}
		// a photographed paper the opponent never signed is the client's own writing: it
		// shows nothing of a sum reaching the opponent (the loan is delivered when the
		// money is: 民法典第六百七十九条, 合同法第二百一十条; review round 41, syn-40417-00005:
		// an unsigned IOU set the delivery link above the transfer)
		if (element.inParts() && item.paperPhoto() && Boolean.FALSE.equals(item.image().paperSignedByOpponent())) {
			return WeakestLink.UNSIGNED_PAPER;
		}
		// a bill recording another amount at a payment's minute shows that amount
		// paid, not the sum claimed (review round 54, syn-61283-00004: a bill of
		// ¥3,650 set the delivery of ¥36,500 at 65)
		if (element.inParts() && partOfSum.contains(item.id())) {
			return WeakestLink.PART_OF_SUM;
		}
		return null;
	}

	/**
	 * A fact's strength from its items ({@code proved}), raised to
	 * {@code scoring.chain.admittedFact} when the opponent's admission of it binds, and
	 * to {@code scoring.chain.officialRecord} when an official record filed proves it, to
	 * {@code scoring.chain.signedDocument} when the opponent's signed paper does, and to
	 * {@code scoring.chain.opponentsRecord} when the opponent's own records do, and to
	 * {@code scoring.chain.thirdPartyRecord} when a third party's business record does.
	 */
	static int beyondItems(int proved, FactToProve fact, LegalCase legalCase, Chains chains,
			Supplier<ScoreModel> model) {
		int strength = proved;
		if (chains.admissionBinds(fact)) {
			strength = Math.max(strength, model.get().admittedFact());
		}
		if (chains.officialRecordFor(fact, legalCase) != null) {
			strength = Math.max(strength, model.get().officialRecord());
		}
		if (chains.signedDocumentFor(fact, legalCase) != null) {
			strength = Math.max(strength, model.get().signedDocument());
		}
		if (chains.opponentsRecordFor(fact, legalCase) != null) {
			strength = Math.max(strength, model.get().opponentsRecord());
		}
		if (chains.thirdPartyRecordFor(fact, legalCase) != null) {
			strength = Math.max(strength, model.get().thirdPartyRecord());
		}
		return strength;
	}

	private static boolean usable(ItemScore score) {
		return score.level() != Level.EXCLUDED;
	}

	/**
	 * What the rules found about the case's payments and the records of them.
	 *
	 * @param receiptsAdmitted the payments whose receipt the opponent's answer admits
	 * ({@link Finding#RECEIPT_ADMITTED})
	 * @param partOfSum the records that show only part of a sum paid in several payments
	 * ({@link Finding#PART_OF_SUM}: a bill recording another amount at one payment's
	 * minute), which cannot prove the whole sum alone
	 */
	record PaymentFindings(Set<String> receiptsAdmitted, Set<String> partOfSum) {

	}

}
