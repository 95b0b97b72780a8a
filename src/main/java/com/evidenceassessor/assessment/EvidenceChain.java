package com.evidenceassessor.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The evidence chain of a case (证据链): what its cause of action needs proved
 * ({@code rules/chains.yaml}), which facts to prove fill each requirement, the items
 * behind them and how strong they are. A chain is as strong as its weakest link.
 *
 * @param causeOfAction the cause of action (wire name)
 * @param title the cause in Chinese
 * @param titleEn in English
 * @param claimant who brings the claim as the case names it, for a cause whose chain
 * depends on it (sale); {@code null} when the case names none or the cause has no
 * claimants
 * @param claimantChoices the claimants the cause knows, when the case names none: the
 * chain then shows the requirements for a case that does not say; else empty
 * @param links one per requirement, in the order rules/chains.yaml lists them
 * @param complete every requirement is covered by at least one usable item (neither
 * excluded nor shown untrue), a binding admission or an official record
 * @param missingElements the elements of the requirements not covered; any one of a
 * requirement's elements would cover it
 * @param weakestLink the link that limits the chain: an uncovered requirement, else the
 * weakest covered one
 * @param strength the weakest link's strength (0 when a requirement is not covered)
 * @param level the risk level of that strength ({@code high} when incomplete)
 */
public record EvidenceChain(String causeOfAction, String title, String titleEn, Claimant claimant,
		List<Claimant> claimantChoices, List<ChainLink> links, boolean complete, List<String> missingElements,
		WeakestLink weakestLink, int strength, Level level) {

	/**
	 * Who brings the claim, where the cause's chain depends on it: a seller claiming the
	 * price proves delivery, a buyer claiming the goods or a refund proves payment.
	 *
	 * @param id its name in the case file ({@code seller}, say)
	 * @param label in Chinese
	 * @param labelEn in English
	 */
	public record Claimant(String id, String label, String labelEn) {

	}

	/**
	 * One requirement of the cause of action and what covers it.
	 *
	 * @param requirement its id in rules/chains.yaml
	 * @param label what must be proved, in Chinese
	 * @param labelEn in English
	 * @param elements the elements that cover it (any one suffices)
	 * @param source the provision that makes it part of the claim
	 * @param sourceEn the same in English
	 * @param facts ids of the case's facts to prove whose element is one of them
	 * @param covered at least one of those facts has a usable item
	 * @param strength the strongest of those facts (0 when not covered)
	 * @param level the risk level of that strength
	 * @param gather when nothing covers it, the evidence that would (rules/chains.yaml);
	 * {@code null} when it is covered or none is named
	 * @param gatherEn the same in English
	 * @param supporting the link supports the claim without being an element of it
	 * ({@code supporting} in rules/chains.yaml): not the weakest link, never missing, not
	 * in the case's score
	 * @param filedBeside with {@code gather}, the evidence outside WeChat already filed
	 * beside the items offered for the link (their {@code outsideEvidence}), as the case
	 * file describes it: what is to be gathered is what it lacks (review round 42,
	 * syn-52391-00010: a witness filed, a witness still asked for)
	 */
	public record ChainLink(String requirement, String label, String labelEn, List<String> elements, String source,
			String sourceEn, List<String> facts, boolean covered, int strength, Level level, String gather,
			String gatherEn, boolean supporting, List<String> filedBeside) {

	}

	/**
	 * A fact to prove with the items offered for it.
	 *
	 * @param fact the fact's id
	 * @param element its element
	 * @param elementLabel the element in Chinese, from rules/chains.yaml ({@code null}
	 * for a word outside the vocabulary)
	 * @param elementLabelEn in English
	 * @param description the fact in the lawyer's words
	 * @param requirement the requirement of the cause's chain it covers, or {@code null}
	 * @param items the items offered for it, strongest first
	 * @param parts for a sum of money paid in several payments (an element with
	 * {@code inParts} in rules/chains.yaml): each distinct payment the usable transfers
	 * and red packets show, in case-file order, when there are two or more; else empty
	 * @param strength the strongest usable item's score (0 when none); for a fact with
	 * parts, the weakest part's score, or the score of the strongest usable item that is
	 * not a payment when that is greater
	 * @param level the risk level of that strength
	 * @param standsAlone the item that sets the strength is enough to ground the finding:
	 * it needs no corroboration, or has it, and is not at high risk
	 * @param weakestLink what limits the fact's proof: the dimension that holds down the
	 * item that sets its strength, that no usable item exists, or, for a fact the
	 * opponent's binding admission, an official record or a signed paper sets,
	 * {@value WeakestLink#ADMITTED}, {@value WeakestLink#OFFICIAL_RECORD} or
	 * {@value WeakestLink#SIGNED_DOCUMENT}
	 * @param admitted the opponent's admission of the fact (自认), or {@code null} when the
	 * case file records none. A binding admission covers the fact: its strength is at
	 * least {@code scoring.chain.admittedFact} and it stands alone
	 * @param officialRecord the official record filed that proves the fact by itself
	 * (rules/chains.yaml {@code officialRecord}), or {@code null}: it covers the fact at
	 * least at {@code scoring.chain.officialRecord}, and the fact stands alone
	 * @param signedDocument the opponent's signed paper filed that proves the fact by
	 * itself (rules/chains.yaml {@code signedDocument}: the IOU, the contract), or
	 * {@code null}: it covers the fact at least at {@code scoring.chain.signedDocument},
	 * and the fact stands alone
	 * @param opponentsRecord the opponent's own records filed that prove the fact by
	 * themselves (rules/chains.yaml {@code opponentsRecord}: the employer's attendance
	 * records), or {@code null}: they cover the fact at least at
	 * {@code scoring.chain.opponentsRecord}, and the fact stands alone
	 * @param thirdPartyRecord a third party's business record filed that proves the fact
	 * by itself (rules/chains.yaml {@code thirdPartyRecord}: the carrier's record of the
	 * delivery), or {@code null}: it covers the fact at least at
	 * {@code scoring.chain.thirdPartyRecord}, whoever holds the WeChat account, and the
	 * fact stands alone
	 * @param alsoShownBy for a fact that is who holds an account (rules/chains.yaml
	 * {@code accountHolder}: the publisher), the usable items not offered for it whose
	 * account, the same as its items', is tied to the party: to offer for it too; empty
	 * otherwise
	 * @param accountAdmittedIn for a fact that is who holds an account, not marked
	 * admitted in the case file: the items, offered for it or not, in which the opponent
	 * admits that account is theirs ({@code identity.admittedByOpponent}); an admission
	 * made in the proceedings is one of the fact ({@code opponentAdmits}). Empty
	 * otherwise
	 */
	public record FactChain(String fact, String element, String elementLabel, String elementLabelEn, String description,
			String requirement, List<ChainItem> items, List<PaymentPart> parts, int strength, Level level,
			boolean standsAlone, WeakestLink weakestLink, Admitted admitted, RecordFiled officialRecord,
			RecordFiled signedDocument, RecordFiled opponentsRecord, RecordFiled thirdPartyRecord,
			List<String> alsoShownBy, List<String> accountAdmittedIn) {

		public FactChain {
			alsoShownBy = (alsoShownBy != null) ? List.copyOf(alsoShownBy) : List.of();
			accountAdmittedIn = (accountAdmittedIn != null) ? List.copyOf(accountAdmittedIn) : List.of();
		}

		/** The opponent's binding admission covers the fact, whatever its items. */
		public boolean admissionBinds() {
			return this.admitted != null && this.admitted.binds();
		}

		/**
		 * The fact is covered whatever its items: the opponent's binding admission, an
		 * official record or the opponent's signed paper filed.
		 */
		public boolean coveredBeyondItems() {
			return admissionBinds() || this.officialRecord != null || this.signedDocument != null
					|| this.opponentsRecord != null || this.thirdPartyRecord != null;
		}

	}

	/**
	 * A record filed that proves a fact by itself, presumed true: an official record (the
	 * marriage registry's search result), a private document the opponent signed or
	 * sealed (an IOU, a contract), or the opponent's own records (the employer's
	 * attendance records).
	 *
	 * @param kind its kind, as {@code outsideEvidence[].kind} gives it
	 * @param description as the case file describes it
	 * @param citation the provision that presumes it true, as the law stood on the law
	 * date
	 * @param citationEn the same in English
	 */
	public record RecordFiled(String kind, String description, String citation, String citationEn) {

	}

	/**
	 * The opponent has admitted a fact to prove in the proceedings (自认).
	 *
	 * @param binds the admission relieves the client of proving the fact; false for a
	 * fact of personal status (whether a marriage was registered), which the court finds
	 * itself
	 * @param citation the provision that gives the admission its effect, or denies it
	 * @param citationEn the same in English
	 * @param withdrawal for a binding admission, when it stops relieving the client (it
	 * is withdrawn, or contradicts the facts found), with the provisions; else
	 * {@code null}
	 * @param withdrawalEn the same in English
	 */
	public record Admitted(boolean binds, String citation, String citationEn, String withdrawal, String withdrawalEn) {

	}

	/**
	 * One payment of a sum paid in parts, and the items that show it.
	 *
	 * @param amount the amount in yuan, to the fen at least (200000.00), as the money
	 * flows of the bills are: an opinion stored in PostgreSQL reads the same when it is
	 * made again
	 * @param time when it was paid, or {@code null} when the items do not say
	 * @param items the ids of the usable items showing this payment, strongest first
	 * @param strength the score of the strongest of them
	 * @param level the risk level of that strength
	 */
	public record PaymentPart(BigDecimal amount, LocalDateTime time, List<String> items, int strength, Level level) {

		public PaymentPart {
			amount = (amount != null && amount.scale() < 2) ? amount.setScale(2) : amount;
		}

	}

	/**
	 * An item in a chain.
	 *
	 * @param id the item's id
	 * @param kind its kind
	 * @param score its score
	 * @param level its level
	 * @param needsCorroboration it cannot alone ground a finding and nothing corroborates
	 * it yet
	 * @param refused courts usually refuse it whatever corroborates it (an account
	 * nothing ties to the opponent, who disputes it): what it needs is not corroboration
	 * but what its own opinion says
	 * @param usable it can bear on the fact at all: it is neither excluded nor shown not
	 * to be authentic (an appraisal found it tampered with); an item that is not fills no
	 * link
	 * @param countsAs the score it proves this fact at, where that is less than its own:
	 * a payment that shows the purpose it was given for only by the payer's word
	 * (rules/chains.yaml {@code payersWord}), a photographed paper the opponent never
	 * signed offered for a sum paid, a bill recording another amount than the one
	 * claimed; {@code null} otherwise
	 * @param countsAsBecause why it counts for less, with {@code countsAs}:
	 * {@value WeakestLink#PAYERS_WORD}, {@value WeakestLink#UNSIGNED_PAPER} or
	 * {@value WeakestLink#PART_OF_SUM}; {@code null} otherwise
	 * @param receiptAdmitted a payment whose receipt the opponent's answer admits (a gift
	 * or another relationship pleaded, 民诉法解释第九十二条第一款): it proves the money was delivered
	 * whatever its own record is worth, a copy that does not match its original included
	 */
	public record ChainItem(String id, String kind, int score, Level level, boolean needsCorroboration, boolean refused,
			boolean usable, Integer countsAs, String countsAsBecause, boolean receiptAdmitted) {

		/** It fills its link: usable, or a payment whose receipt the opponent admits. */
		public boolean covers() {
			return this.usable || this.receiptAdmitted;
		}

	}

	/**
	 * The weakest link of a chain or of one fact's proof.
	 *
	 * @param requirement the chain requirement it belongs to, or {@code null} for a fact
	 * outside the chain
	 * @param fact the fact to prove, or {@code null} when no fact covers the requirement
	 * @param item the item whose weakness it is, or {@code null} when no usable item
	 * exists
	 * @param dimension what holds the item down: authenticity, relevance, sufficiency (it
	 * cannot alone ground a finding), refused (courts refuse such items), or {@code null}
	 * when no usable item exists; {@value #ADMITTED}, {@value #OFFICIAL_RECORD},
	 * {@value #SIGNED_DOCUMENT}, {@value #OPPONENTS_RECORD} or
	 * {@value #THIRD_PARTY_RECORD} (and no item) for a fact the opponent's binding
	 * admission, an official record, the opponent's signed paper, its own records or a
	 * third party's business record set; {@value #PAYERS_WORD} for a payment that proves
	 * the purpose it was given for only by the payer's word; {@value #RECEIPT_ADMITTED}
	 * for a payment whose receipt the opponent's answer admits, its own record shown not
	 * to be authentic
	 * @param score the strength of the link (0 when nothing covers it)
	 * @param rules ids of the rules whose findings hold it down, the heaviest first (then
	 * as listed in the item's reasons)
	 * @param littleSupports those rules explain only part of it: without them the item's
	 * {@code dimension} would still be below low risk, as little yet supports it
	 */
	public record WeakestLink(String requirement, String fact, String item, String dimension, int score,
			List<String> rules, boolean littleSupports) {

		/** A weakest link the rules named explain whole. */
		public WeakestLink(String requirement, String fact, String item, String dimension, int score,
				List<String> rules) {
			this(requirement, fact, item, dimension, score, rules, false);
		}

		/** The dimension of a fact the opponent's binding admission sets. */
		public static final String ADMITTED = "admitted";

		/** The dimension of a fact an official record filed sets. */
		public static final String OFFICIAL_RECORD = "officialRecord";

		/** The dimension of a fact the opponent's signed paper filed sets. */
		public static final String SIGNED_DOCUMENT = "signedDocument";

		/** The dimension of a fact the opponent's own records filed set. */
		public static final String OPPONENTS_RECORD = "opponentsRecord";

		/** The dimension of a fact a third party's business record filed sets. */
		public static final String THIRD_PARTY_RECORD = "thirdPartyRecord";

		/**
		 * The dimension of a fact a payment sets whose receipt the opponent's answer
		 * admits, whatever its record is worth.
		 */
		public static final String RECEIPT_ADMITTED = "receiptAdmitted";

		/**
		 * What holds down a payment offered for the purpose it was given for: that
		 * purpose rests on the payer's own word (rules/chains.yaml {@code payersWord}).
		 */
		public static final String PAYERS_WORD = "payersWord";

		/**
		 * What holds down a photographed paper the opponent never signed, offered for a
		 * sum paid: it is the client's own writing and shows nothing of the money
		 * reaching the opponent.
		 */
		public static final String UNSIGNED_PAPER = "unsignedPaper";

		/**
		 * What holds down a record of payments (a bill) that records another amount at a
		 * payment's minute than the one claimed: it shows that amount paid, not the sum
		 * claimed.
		 */
		public static final String PART_OF_SUM = "partOfSum";

		/**
		 * The fact's strength is set by the opponent's admission, an official record, the
		 * opponent's signed paper or its own records, not by an item.
		 */
		public boolean beyondItems() {
			return ADMITTED.equals(this.dimension) || OFFICIAL_RECORD.equals(this.dimension)
					|| SIGNED_DOCUMENT.equals(this.dimension) || OPPONENTS_RECORD.equals(this.dimension)
					|| THIRD_PARTY_RECORD.equals(this.dimension);
		}

	}

}
