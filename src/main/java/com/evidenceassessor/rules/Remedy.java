package com.evidenceassessor.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An action a lawyer can take before the hearing, as data: what it changes in the item's
 * facts. Its gain is never guessed: the assessor applies {@code set} and {@code append}
 * to the item and assesses the case again.
 *
 * @param actionZh the action in Chinese
 * @param actionEn the action in English
 * @param effort low, medium or high
 * @param deadline the name of the legal time limit that applies (in
 * {@code deadlines.yaml}), or {@code null} for an action at the hearing itself
 * @param basis the provision that makes the action count
 * @param ground the substantive provision the action proves the claim under, cited before
 * {@code basis} (the ground for returning a betrothal gift); {@code null} for none
 * @param groundEarlier what {@code ground} read as for a claim whose legal fact happened
 * before a date (the gift paid): substantive law goes by the day of that fact, not the
 * hearing (民法典时间效力规定第一条)
 * @param kinds the item kinds it applies to (wire names); empty for all
 * @param causes the causes of action it applies to (wire names); empty for all
 * @param elements the facts to prove it can bear on (elements of {@code chains.yaml}: an
 * IOU bears on the agreement to lend, an attendance record on the overtime worked); it is
 * offered only for an item that proves such a fact, or proves no fact the case file
 * names; empty for any
 * @param requires facts that must hold for the action to still be possible: field path
 * (relative to the item) → allowed values, where {@code unknown} stands for a fact the
 * case file leaves open
 * @param unlessFinding ids of rules whose finding on the item rules the action out for as
 * long as it stands (an order for the opponent's copy of a chat presupposes the account
 * is theirs); a plan may take the action once its earlier steps have removed the finding
 * @param set facts the action establishes: field path → value
 * @param append entries the action adds to list fields: field path → entry
 * @param earlier what the basis reads as for a case heard under earlier law
 * @param group the family of actions it belongs to ({@code corroboration}, say), which a
 * rule may name in {@code @remedies} for all of its members; {@code null} for none
 * @param assumes what the promised score takes for granted that the lawyer cannot secure
 * alone (the court grants the application, the appraisal confirms the record, the witness
 * testifies); {@code null} when doing the action is enough
 * @param variants the action in other words for some items, where the general wording
 * does not fit them (the opponent is an organisation: its staff's phone and voice, not
 * its own): the first whose kinds and conditions the item meets
 * @param evenAtNoGain the action is offered even where it raises the item's score no
 * further: a step the procedure requires (explaining a late filing), or the direct proof
 * of what the item shows (the paper original, the registry's search); false when left out
 * @param evenAtNoGainWhen facts under which it is offered so for an item, as
 * {@code requires} (the employer's own attendance records for an employee's app log it
 * disputes); empty for none
 * @param timeLimit the time limit {@code deadline} names, as the rules loaded it
 */
public record Remedy(String actionZh, String actionEn, Effort effort, String deadline, String basis, String ground,
		List<EarlierLaw> groundEarlier, List<String> kinds, List<String> causes, List<String> elements,
		Map<String, List<Object>> requires, List<String> unlessFinding, Map<String, Object> set,
		Map<String, Object> append, List<EarlierLaw> earlier, String group, Assumption assumes, List<Variant> variants,
		Boolean evenAtNoGain, Map<String, List<Object>> evenAtNoGainWhen, @JsonIgnore Deadline timeLimit) {

	public Remedy {
		evenAtNoGain = Boolean.TRUE.equals(evenAtNoGain);
		evenAtNoGainWhen = (evenAtNoGainWhen != null) ? Map.copyOf(evenAtNoGainWhen) : Map.of();
		kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
		causes = (causes != null) ? List.copyOf(causes) : List.of();
		elements = (elements != null) ? List.copyOf(elements) : List.of();
		requires = (requires != null) ? Map.copyOf(requires) : Map.of();
		unlessFinding = (unlessFinding != null) ? List.copyOf(unlessFinding) : List.of();
		set = (set != null) ? Map.copyOf(set) : Map.of();
		append = (append != null) ? Map.copyOf(append) : Map.of();
		earlier = (earlier != null) ? List.copyOf(earlier) : List.of();
		groundEarlier = (groundEarlier != null) ? List.copyOf(groundEarlier) : List.of();
		variants = (variants != null) ? List.copyOf(variants) : List.of();
	}

	/** The time limit in Chinese, citing its article, or {@code null} for none. */
	public String deadlineZh() {
		return (this.timeLimit != null) ? this.timeLimit.zh() : null;
	}

	/** The time limit in English, or {@code null} for none. */
	public String deadlineEn() {
		return (this.timeLimit != null) ? this.timeLimit.en() : null;
	}

	/**
	 * How many days before the end of the time limit for evidence the action is due (0:
	 * on its last day, or no time limit).
	 */
	public int dueDaysBefore() {
		return (this.timeLimit != null) ? this.timeLimit.dueDaysBefore() : 0;
	}

	/**
	 * The court sets the action's period in the case, so no last day follows from the
	 * time limit for evidence.
	 */
	public boolean deadlineSetByCourt() {
		return this.timeLimit != null && this.timeLimit.setByCourt();
	}

	/** The remedy with the time limit its {@code deadline} names. */
	Remedy withTimeLimit(Deadline limit) {
		return new Remedy(this.actionZh, this.actionEn, this.effort, this.deadline, this.basis, this.ground,
				this.groundEarlier, this.kinds, this.causes, this.elements, this.requires, this.unlessFinding, this.set,
				this.append, this.earlier, this.group, this.assumes, this.variants, this.evenAtNoGain,
				this.evenAtNoGainWhen, limit);
	}

	/** The remedy worded as one of its variants. */
	public Remedy worded(Variant variant) {
		return new Remedy(variant.actionZh(), variant.actionEn(), this.effort, this.deadline, this.basis, this.ground,
				this.groundEarlier, this.kinds, this.causes, this.elements, this.requires, this.unlessFinding, this.set,
				this.append, this.earlier, this.group, this.assumes, List.of(), this.evenAtNoGain,
				this.evenAtNoGainWhen, this.timeLimit);
	}

	/**
	 * The action as cited for a case whose law date is {@code lawDate}: its time limit as
	 * it then read, and the basis (and action, where given) of the {@code earlier} entry
	 * for the earliest period the date falls in (as written when none applies).
	 */
	public Remedy on(LocalDate lawDate) {
		return on(lawDate, lawDate, lawDate);
	}

	/**
	 * The same, with the time limit as it read on {@code limitDate} (a time limit that
	 * ran out before the case's law date ran under the law of its own day: the time limit
	 * for evidence of a case heard in May 2020 that ended in April 2020 ran under the
	 * 2001 Evidence Provisions and 民诉法解释, not the 2019 text), and the {@code ground} as
	 * it read on {@code factDate}, the day of the claim's legal fact, cited before the
	 * basis.
	 */
	public Remedy on(LocalDate lawDate, LocalDate limitDate, LocalDate factDate) {
		EarlierLaw applies = EarlierTexts.entryFor(this.earlier, EarlierLaw::before, lawDate);
		Deadline limit = (this.timeLimit != null) ? this.timeLimit.on(limitDate) : null;
		if (applies == null && limit == this.timeLimit && this.ground == null) {
			return this;
		}
		EarlierLaw then = (applies != null) ? applies : new EarlierLaw(null, null, null, null, null);
		String basis = EarlierTexts.or(then.basis(), this.basis);
		if (this.ground != null) {
			EarlierLaw groundThen = EarlierTexts.entryFor(this.groundEarlier, EarlierLaw::before, factDate);
			basis = EarlierTexts.or((groundThen != null) ? groundThen.basis() : null, this.ground) + "；" + basis;
		}
		return new Remedy(EarlierTexts.or(then.actionZh(), this.actionZh),
				EarlierTexts.or(then.actionEn(), this.actionEn), this.effort, this.deadline, basis, null, List.of(),
				this.kinds, this.causes, this.elements, this.requires, this.unlessFinding, this.set, this.append,
				List.of(), this.group, this.assumes, (then.actionZh() != null) ? then.variants() : this.variants,
				this.evenAtNoGain, this.evenAtNoGainWhen, limit);
	}

	/**
	 * The action in other words for the items of some kinds, or under some conditions.
	 *
	 * @param kinds the item kinds it is for (wire names); empty for all the remedy's
	 * @param when facts that must hold, as the remedy's {@code requires}
	 * @param actionZh the action in Chinese
	 * @param actionEn the same in English
	 */
	public record Variant(List<String> kinds, Map<String, List<Object>> when, String actionZh, String actionEn) {

		public Variant {
			kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
			when = (when != null) ? Map.copyOf(when) : Map.of();
		}

	}

	/**
	 * What a remedy's basis (and, where the procedure differed, its action) reads as for
	 * a case heard before a date (the law then in force), e.g. 证据规定（2001） before
	 * 2020-05-01. The time limit's earlier texts are in {@code deadlines.yaml}.
	 *
	 * @param before the first day the texts as written apply
	 * @param basis the provisions then
	 * @param actionZh the action then, in Chinese ({@code null}: as written)
	 * @param actionEn the same in English
	 * @param variants the action then in other words, as the remedy's {@code variants}
	 * (an action written anew for the period takes its variants from here, not from the
	 * text as written)
	 */
	public record EarlierLaw(LocalDate before, String basis, String actionZh, String actionEn, List<Variant> variants) {

		public EarlierLaw {
			variants = (variants != null) ? List.copyOf(variants) : List.of();
		}

	}

	/**
	 * What an action's promised score takes for granted: the score is what the case gets
	 * once the action has its effect, and these are the effects a lawyer can ask for but
	 * not secure.
	 */
	public enum Assumption {

		/** The court grants the application (preservation, investigation). */
		COURT_GRANTS,
		/**
		 * The court orders the opponent to produce the record and they do (a refusal
		 * leaves only the court's inference, 证据规定第四十八条).
		 */
		ORDER_OBEYED,
		/** The appraisal finds the record authentic. */
		APPRAISAL_CONFIRMS,
		/** The expert makes out what an unclear recording says. */
		APPRAISAL_MAKES_OUT,
		/** The witness appears and testifies as expected. */
		WITNESS_TESTIFIES,
		/**
		 * The evidence the action adds exists and can be had (an IOU, text messages, a
		 * bank record): the client is to be asked first.
		 */
		EVIDENCE_EXISTS,
		/**
		 * The client has paid the account by WeChat transfer, so a voucher can be had.
		 */
		PAID_THIS_ACCOUNT,
		/**
		 * The opponent's own phone number is known and searching it finds the account.
		 */
		PHONE_SEARCH_FINDS,
		/**
		 * The client can still log in to the app's account and see the records (an
		 * employee who has left is usually removed from the employer's WeCom).
		 */
		ACCOUNT_ACCESSIBLE,
		/**
		 * The marriage registry's search shows the couple never registered a marriage.
		 */
		REGISTRY_SHOWS_NO_MARRIAGE,
		/**
		 * Searching the opponent's number the case file gives finds the account: never
		 * written in remedies.yaml, but taken for {@link #PHONE_SEARCH_FINDS} where the
		 * case file gives the party's phones.
		 */
		KNOWN_NUMBER_FINDS,
		/**
		 * The phone (or computer) holding the record is still there: never written in
		 * remedies.yaml, but taken for an action that needs the device where the case
		 * file does not say whether it is kept.
		 */
		DEVICE_KEPT,
		/**
		 * The Moments post can still be seen: never written in remedies.yaml, but taken
		 * for an action on the post itself (fixing it, producing it whole) where the case
		 * file does not say it is still there; its publisher can delete or hide it at any
		 * time.
		 */
		POST_VISIBLE,
		/**
		 * A third party's page the link opens (a carrier's tracking page) still opens:
		 * never written in remedies.yaml, but taken for an action that captures it
		 * afresh; such pages are kept only for months.
		 */
		PAGE_ONLINE,
		/**
		 * The counter-evidence the opponent has filed against the item, not yet weighed,
		 * is not enough to rebut it: never written in remedies.yaml, but taken for an
		 * action on such an item that assumes nothing of its own.
		 */
		COUNTER_EVIDENCE_MET,
		/**
		 * The counter-evidence already found enough to rebut the record is not enough to
		 * overturn it once notarised (证据规定第九十四条第二款): never written in remedies.yaml, but
		 * taken for an action that has such a record notarised.
		 */
		NOTARISATION_STANDS,
		/**
		 * The original record says what the claim needs: the copy filed did not match it,
		 * or looks edited or generated (taken, never written in remedies.yaml, for an
		 * action that checks such a copy against the original or takes the record
		 * afresh).
		 */
		ORIGINAL_SUPPORTS_CLAIM

	}

	/** How much work an action is. */
	public enum Effort {

		LOW, MEDIUM, HIGH

	}

}
