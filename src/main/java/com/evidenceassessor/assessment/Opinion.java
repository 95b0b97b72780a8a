package com.evidenceassessor.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.evidenceassessor.rules.Effect;
import com.evidenceassessor.support.WireNames;

/**
 * The admissibility opinion on a case: per item and for the case, with a stamp that makes
 * it reproducible. The JSON form of this record is documented in docs/opinion.md.
 *
 * @param caseId the case's id
 * @param title the case's title
 * @param lawDate the date that selected the law applied
 * @param stamp what the opinion was made from
 * @param items the opinion on each item, in case-file order
 * @param summary the opinion on the case as a whole
 */
public record Opinion(String caseId, String title, LocalDate lawDate, Stamp stamp, List<ItemOpinion> items,
		CaseSummary summary) {

	/**
	 * What an opinion was made from: run the same program on the same input with the same
	 * rules and the same opinion comes out.
	 *
	 * @param ruleSetHash SHA-256 of the rules/ folder
	 * @param programVersion the assessor's version
	 * @param inputHash SHA-256 of the case's canonical form
	 * @param regime the instruments in force on the law date, which the rules applied,
	 * then the laws the opinion's reasons and evidence chain cite that no rule implements
	 * ({@code rules/laws.yaml}), which may not be in force on it
	 */
	public record Stamp(String ruleSetHash, String programVersion, String inputHash, List<AppliedInstrument> regime) {

		/**
		 * The instruments the opinion cites, in the version in force on the law date: the
		 * rule instruments' laws and interpretations first, then the other laws the
		 * reasons and the chain cite (a law no longer in force, such as the Contract Law
		 * cited for a loan made before the Civil Code, in the version in force on its
		 * last day), then practice guidance.
		 */
		public List<AppliedInstrument> cited() {
			return this.regime.stream()
				.filter(AppliedInstrument::cited)
				.sorted(Comparator.comparing(AppliedInstrument::practice))
				.toList();
		}

	}

	/**
	 * An instrument in force on the law date, or a law the opinion cites.
	 *
	 * @param id its id in {@code rules/instruments.yaml} or {@code rules/laws.yaml}
	 * @param title its title
	 * @param document the document number of the version applied
	 * @param inForce the day that version came into force
	 * @param until that version's last day, or {@code null} while in force
	 * @param practice it is practice guidance, not law
	 * @param cited a rule of it found something, or a reason's citation or a chain link's
	 * source names it (always, for a law of {@code rules/laws.yaml}): the views list only
	 * those
	 */
	public record AppliedInstrument(String id, String title, String document, LocalDate inForce, LocalDate until,
			boolean practice, boolean cited) {

		/**
		 * The title in book-title marks, a title quoted inside it in the inner marks:
		 * 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》.
		 */
		public String bookTitle() {
			return "《" + this.title.replace('《', '〈').replace('》', '〉') + "》";
		}

		/**
		 * The title with the version's document and dates, as the head lists it:
		 * 《中华人民共和国合同法》主席令第十五号（1999-10-01–2020-12-31）.
		 */
		public String dated() {
			return bookTitle() + ((this.document != null) ? this.document : "") + period();
		}

		/**
		 * When this version is in force, 「（2015-02-04–2020-12-31）」; nothing for practice
		 * guidance, which is in force nowhere.
		 */
		public String period() {
			return this.practice ? "" : "（" + this.inForce + "–" + ((this.until != null) ? this.until : "") + "）";
		}

	}

	/**
	 * The opinion on one item.
	 *
	 * @param id the item's id
	 * @param title the item's title
	 * @param kind the item's kind
	 * @param score the overall score, 0–100, higher is safer
	 * @param level the risk level
	 * @param needsCorroboration it cannot alone ground a finding and nothing corroborates
	 * it yet
	 * @param dimensions the score of each dimension
	 * @param reasons every finding about it, each with its citation
	 * @param remedies actions that would raise its score, best first, each with the score
	 * it would reach
	 * @param plan the best two or three of those actions done together, with the score
	 * they reach together; {@code null} when no action raises the score
	 * @param planWithout where the plan takes for granted what the client has not said
	 * and the answer moves no score as the file stands (a payment once made to the
	 * account), the plan that does without it; {@code null} where the plan takes no such
	 * thing for granted
	 * @param planIfDeviceGone where the plan rests on the phone holding the record and
	 * the case file does not say whether it is kept, the item's score and plan should it
	 * be gone; {@code null} otherwise
	 * @param unknowns how far the facts the case file leaves open could move it
	 * @param scoreTrace how the score was reached, step by step
	 */
	public record ItemOpinion(String id, String title, String kind, int score, Level level, boolean needsCorroboration,
			Dimensions dimensions, List<Reason> reasons, List<RemedyOption> remedies, RemedyPlan plan,
			PlanWithout planWithout, PlanIfDeviceGone planIfDeviceGone, Unknowns unknowns, List<String> scoreTrace) {

		/**
		 * Only the plan's actions taken together raise the item's score: it has a plan,
		 * and no single action gains anything (those listed, if any, are offered at +0
		 * for another reason: the procedure requires them, or they avert a sanction).
		 */
		public boolean onlyTogether() {
			return this.plan != null && this.remedies.stream().allMatch(r -> r.gain() <= 0);
		}

		/**
		 * The item can bear on a fact: it is not excluded, and no appraisal or check
		 * against its original has shown it is not authentic (a record found tampered
		 * with proves nothing).
		 */
		public boolean usable() {
			return this.level != Level.EXCLUDED && !disproved();
		}

		/** An appraisal or a check against the original disproved it. */
		public boolean disproved() {
			return this.reasons.stream().anyMatch(r -> WireNames.of(Effect.DISPROVES).equals(r.effect()));
		}

	}

	/**
	 * Dimension scores, 0–100.
	 *
	 * @param authenticity 真实性
	 * @param legality 合法性
	 * @param relevance 关联性
	 * @param sufficiency 证明力
	 */
	public record Dimensions(int authenticity, int legality, int relevance, int sufficiency) {

	}

	/**
	 * One finding, as a reason.
	 *
	 * @param ruleId the rule's id
	 * @param citation the short citation
	 * @param citationEn the short citation in English
	 * @param fullCitation the full citation with the instrument's title and document
	 * number
	 * @param dimension the dimension it speaks to
	 * @param effect what it does
	 * @param points its points with their direction
	 * @param text the reason in Chinese
	 * @param textEn the reason in English
	 * @param about the evidence files and bill rows it rests on, when the rule matched
	 * facts read from them ({@code evidence/chat.png}, {@code bills/wechat.csv:12});
	 * empty otherwise
	 */
	public record Reason(String ruleId, String citation, String citationEn, String fullCitation, String dimension,
			String effect, int points, String text, String textEn, List<String> about) {

	}

	/**
	 * An action that raises an item's score, with what it was computed to give.
	 *
	 * @param id the remedy's id in rules/remedies.yaml
	 * @param action the action in Chinese
	 * @param actionEn the action in English
	 * @param effort low, medium, high
	 * @param deadline a legal deadline that applies, in Chinese, or {@code null}
	 * @param deadlineEn the same in English
	 * @param dueBy the last day for it: the end of the time limit for evidence the case
	 * file gives, when a deadline applies; {@code null} otherwise
	 * @param overdue that day is before the day the case file says the opinion is
	 * prepared for ({@code preparedOn}): the time limit has passed
	 * @param afterExpiry when it has passed, or may have (the case file gives no
	 * {@code preparedOn}), what follows (late evidence, as the law on the case's law date
	 * has it), in Chinese; {@code null} otherwise
	 * @param afterExpiryEn the same in English
	 * @param assumes what {@code scoreAfter} takes for granted that the lawyer cannot
	 * secure alone ({@code courtGrants}, {@code appraisalConfirms},
	 * {@code witnessTestifies}, {@code evidenceExists}, {@code paidThisAccount},
	 * {@code phoneSearchFinds}…), none twice; empty when doing the action is enough
	 * @param basis the provision that makes it count
	 * @param scoreAfter the item's score once done
	 * @param levelAfter the item's level once done
	 * @param gain scoreAfter minus the current score
	 * @param offeredBecause why an action that gains nothing is offered:
	 * {@value #AVERTS_SANCTION} (it answers a warning that filing the item as it is risks
	 * a sanction), {@value #REQUIRED} (the procedure requires it, or it is the direct
	 * proof of what the item shows) or {@value #MEETS_COUNTER_EVIDENCE} (it would hold
	 * the item up were the counter-evidence not yet weighed found enough to rebut it:
	 * {@code ifRebutted}) or {@value #PROVES_FACT} (it files a record that proves a fact
	 * the item is offered for by itself: see {@code caseScoreAfter}) or
	 * {@value #STRENGTHENS_FACT} (it strengthens a link of a fact's chain that the item's
	 * own score does not show; {@code caseScoreAfter} says whether the case rises with it
	 * alone) or {@value #ALSO_PROVES_FACT} (it files a record that proves a fact the item
	 * is offered for by itself, as strongly as the fact now stands, so that the fact no
	 * longer rests on the item alone); {@code null} for an action that gains
	 * @param caseScoreAfter the case's score once done
	 * @param ifRebutted for {@value #MEETS_COUNTER_EVIDENCE}, the item's score were the
	 * counter-evidence found enough to rebut it, without and with the action; otherwise
	 * {@code null}
	 */
	public record RemedyOption(String id, String action, String actionEn, String effort, String deadline,
			String deadlineEn, LocalDate dueBy, boolean overdue, String afterExpiry, String afterExpiryEn,
			List<String> assumes, String basis, int scoreAfter, Level levelAfter, int gain, String offeredBecause,
			int caseScoreAfter, IfRebutted ifRebutted) implements TimeLimited {

		/** An action that gains nothing, offered to answer a warning of sanctions. */
		public static final String AVERTS_SANCTION = "avertsSanction";

		/**
		 * An action that gains nothing, offered because it is to be done all the same.
		 */
		public static final String REQUIRED = "required";

		/**
		 * An action that gains nothing as the case file stands, offered because it would
		 * hold the item up against counter-evidence not yet weighed.
		 */
		public static final String MEETS_COUNTER_EVIDENCE = "meetsCounterEvidence";

		/**
		 * An action that gains the item nothing, offered because it files a record that
		 * proves a fact the item is offered for by itself, raising the case's score.
		 */
		public static final String PROVES_FACT = "provesFact";

		/**
		 * An action that gains the item nothing, offered because it makes a fact the item
		 * is offered for better proved, as its chain link counts it: the case's score
		 * rises with it once the other links are as strong.
		 */
		public static final String STRENGTHENS_FACT = "strengthensFact";

		/**
		 * An action that gains nothing, offered because it files a record that proves a
		 * fact the item is offered for by itself at least as strongly as the fact now
		 * stands: the fact no longer rests on the item alone.
		 */
		public static final String ALSO_PROVES_FACT = "alsoProvesFact";

	}

	/**
	 * The item's score were the counter-evidence the opponent filed found enough to rebut
	 * it (证据规定第八十五条第二款), as the rules give it.
	 *
	 * @param without with nothing more done
	 * @param with once the action is done
	 */
	public record IfRebutted(int without, int with) {

	}

	/**
	 * Actions done together: chosen one at a time, each the one that adds most to what
	 * the earlier ones reach (at most three).
	 *
	 * @param steps the actions in the order chosen, each with the score reached once it
	 * and the earlier ones are done
	 * @param scoreAfter the item's score once all are done
	 * @param levelAfter the item's level once all are done
	 * @param gain scoreAfter minus the current score
	 */
	public record RemedyPlan(List<PlanStep> steps, int scoreAfter, Level levelAfter, int gain) {

	}

	/**
	 * An item's plan for when a premise of its plan fails: the client has never paid the
	 * account (no transfer e-voucher to be had), the Moments post can no longer be seen.
	 *
	 * @param premises the assumptions it does without ({@link RemedyOption#assumes()}
	 * wire names), each one its plan takes for granted
	 * @param plan the best actions done together without them; {@code null} when none
	 * raises the item's score without them
	 */
	public record PlanWithout(List<String> premises, RemedyPlan plan) {

	}

	/**
	 * An item's score and plan should the phone (or computer) holding the record be gone:
	 * the case assessed again with {@code custody.originalDeviceKept: false}, and the
	 * plan worked out on it.
	 *
	 * @param score the item's score with the phone gone
	 * @param level its level then
	 * @param plan the best actions done together then, their gain counted from
	 * {@code score}; {@code null} when none raises it
	 */
	public record PlanIfDeviceGone(int score, Level level, RemedyPlan plan) {

	}

	/**
	 * The case plan for when a premise of an item's plan fails: every item's plan done
	 * together, each item's {@link PlanWithout} where it has one.
	 *
	 * @param premises the assumptions it does without, each once
	 * @param plan the case plan without them; {@code null} when no action raises any
	 * item's score without them
	 */
	public record CasePlanWithout(List<String> premises, CasePlan plan) {

	}

	/**
	 * One action of a plan.
	 *
	 * @param id the remedy's id in rules/remedies.yaml
	 * @param action the action in Chinese
	 * @param actionEn the action in English
	 * @param scoreAfter the score once this and the earlier steps are done
	 * @param levelAfter the level once this and the earlier steps are done
	 * @param assumes what the step's score takes for granted in this case, as for a
	 * remedy ({@link RemedyOption#assumes()})
	 * @param afterExpiry what follows now that the step's time limit has passed, in
	 * Chinese, as for a remedy; {@code null} when it has not, or the case file does not
	 * say what day the opinion is prepared on
	 * @param afterExpiryEn the same in English
	 */
	public record PlanStep(String id, String action, String actionEn, int scoreAfter, Level levelAfter,
			List<String> assumes, String afterExpiry, String afterExpiryEn) {

		public PlanStep {
			// an opinion stored before steps carried their assumptions reads as none
			assumes = (assumes != null) ? List.copyOf(assumes) : List.of();
		}

	}

	/**
	 * Every item's plan done together, and what the case reaches.
	 *
	 * @param actions the actions, each once, in the order the items' plans first name
	 * them
	 * @param scoreAfter the case's score once all are done
	 * @param levelAfter the case's level once all are done
	 * @param gain scoreAfter minus the case's current score
	 */
	public record CasePlan(List<PlannedAction> actions, int scoreAfter, Level levelAfter, int gain) {

	}

	/**
	 * One action of the case plan, with the items whose plans include it (getting a
	 * transfer e-voucher once may serve several items from the same account).
	 *
	 * @param id the remedy's id in rules/remedies.yaml
	 * @param action the action in Chinese
	 * @param actionEn the action in English
	 * @param effort low, medium, high
	 * @param deadline a legal deadline that applies, in Chinese, or {@code null}
	 * @param deadlineEn the same in English
	 * @param dueBy the last day for it, as for a remedy
	 * @param overdue that day has passed, as for a remedy
	 * @param afterExpiry what follows once it has passed, as for a remedy
	 * @param afterExpiryEn the same in English
	 * @param assumes what the plan's score takes for granted here, as for a remedy: for
	 * all its items together, each assumption once
	 * @param basis the provision that makes it count, as for a remedy
	 * ({@link RemedyOption#basis()})
	 * @param items ids of the items it is for
	 * @param assumedFor for an assumption of {@code assumes} that only some of the items
	 * need (a tracking page still online, for the page, not the chats), those items; an
	 * assumption not listed is needed for every item
	 * @param keptBecause why the case plan takes it whatever it adds to the score, as a
	 * remedy's {@link RemedyOption#offeredBecause()}: {@code avertsSanction} (it answers
	 * a warning that filing an item as it is risks a sanction) or {@code required} (the
	 * procedure requires it, or it is the direct proof of what an item shows: a dialect
	 * voice message's transcription and translation); {@code null} for an action taken
	 * for what it adds
	 */
	public record PlannedAction(String id, String action, String actionEn, String effort, String deadline,
			String deadlineEn, LocalDate dueBy, boolean overdue, String afterExpiry, String afterExpiryEn,
			List<String> assumes, String basis, List<String> items, Map<String, List<String>> assumedFor,
			String keptBecause) implements TimeLimited {

		public PlannedAction {
			assumedFor = FrozenMap.of(assumedFor);
		}

		/** An action the item offers on its own, as a step of the case plan. */
		public static PlannedAction of(RemedyOption option, String itemId) {
			return new PlannedAction(option.id(), option.action(), option.actionEn(), option.effort(),
					option.deadline(), option.deadlineEn(), option.dueBy(), option.overdue(), option.afterExpiry(),
					option.afterExpiryEn(), option.assumes(), option.basis(), List.of(itemId), Map.of(), null);
		}

		/** The same action, taken by the case plan whatever it adds for this reason. */
		public PlannedAction keptBecause(String why) {
			return new PlannedAction(this.id, this.action, this.actionEn, this.effort, this.deadline, this.deadlineEn,
					this.dueBy, this.overdue, this.afterExpiry, this.afterExpiryEn, this.assumes, this.basis,
					this.items, this.assumedFor, why);
		}

		/**
		 * The same action for this one's items and the other's, taking for granted what
		 * either does, each assumption with the items that need it where not all do
		 * (review round 40: a tracking page's premise was shown on the order for the
		 * chats).
		 */
		public PlannedAction and(PlannedAction other) {
			List<String> assumed = union(this.assumes, other.assumes);
			List<String> all = union(this.items, other.items);
			Map<String, List<String>> only = new LinkedHashMap<>();
			for (String assumption : assumed) {
				List<String> needing = union(needing(assumption), other.needing(assumption));
				if (needing.size() < all.size()) {
					only.put(assumption, needing);
				}
			}
			String why = (this.keptBecause != null) ? this.keptBecause : other.keptBecause;
			return new PlannedAction(this.id, this.action, this.actionEn, this.effort, this.deadline, this.deadlineEn,
					this.dueBy, this.overdue, this.afterExpiry, this.afterExpiryEn, assumed, this.basis, all, only,
					why);
		}

		/** The items that need an assumption taken for granted. */
		public List<String> needing(String assumption) {
			if (!this.assumes.contains(assumption)) {
				return List.of();
			}
			return this.assumedFor.getOrDefault(assumption, this.items);
		}

		private static List<String> union(List<String> a, List<String> b) {
			Set<String> all = new LinkedHashSet<>(a);
			all.addAll(b);
			return List.copyOf(all);
		}

	}

	/**
	 * An action's legal time limit as the views show it: a remedy's or a planned
	 * action's.
	 */
	public interface TimeLimited {

		/** The time limit in Chinese, or {@code null} for none. */
		String deadline();

		/** The same in English. */
		String deadlineEn();

		/** Its last day, or {@code null} when the case file does not give one. */
		LocalDate dueBy();

		/** That day is before the day the opinion is prepared for. */
		boolean overdue();

		/**
		 * What follows once it has passed, in Chinese, when it has or may have;
		 * {@code null} when it has not.
		 */
		String afterExpiry();

		/** The same in English. */
		String afterExpiryEn();

	}

	/**
	 * How far the facts the case file leaves unknown could move an item.
	 *
	 * @param worst the score if every open fact asked about turns out against the client
	 * @param best the score if every open fact asked about turns out for the client
	 * @param questions the open facts that move the score, most decisive first
	 */
	public record Unknowns(int worst, int best, List<OpenQuestion> questions) {

	}

	/**
	 * An open fact that moves an item's score, as a question for the client.
	 *
	 * @param field the field path in the item
	 * @param question the question in Chinese
	 * @param questionEn the question in English
	 * @param bestAnswer the answer that favours the client (e.g. {@code false} for "were
	 * messages deleted?")
	 * @param ifBest the item's score with that answer (the other open facts left open)
	 * @param worstAnswer the answer that hurts the client
	 * @param ifWorst the item's score with that answer
	 * @param swing how far the answer can move the score: {@code ifBest - ifWorst}, or,
	 * when no open fact of the item moves it alone in that direction (they decide only
	 * together), how far taking this answer back out of the worst (or best) case moves
	 * it, if that is more
	 * @param premise the actions offered for the item take the favourable answer for
	 * granted (the phone still there): asked for that even where the answer moves no
	 * score as the case file stands
	 */
	public record OpenQuestion(String field, String question, String questionEn, Object bestAnswer, int ifBest,
			Object worstAnswer, int ifWorst, int swing, boolean premise) {

	}

	/**
	 * The opinion on the case as a whole.
	 *
	 * @param score the case's score: the weakest fact to prove, each as strong as its
	 * best item (the mean of the items when the case file names no facts to prove)
	 * @param level the case's level
	 * @param itemsByLevel how many items have each level
	 * @param needsCorroboration ids of items that cannot alone ground a finding and are
	 * worth corroborating
	 * @param refused ids of items courts usually refuse whatever corroborates them (a
	 * rule establishes {@code refusedRegardless}: an account nothing ties to the
	 * opponent, who disputes the item; a bare link): what they need is what their own
	 * opinion says
	 * @param excluded ids of excluded items
	 * @param setAside ids of the facts to prove left out of the score: every item offered
	 * for them is no ground for the claim (a modest festival gift claimed as bride
	 * price), a claim to drop or amend
	 * @param facts each fact to prove with the items offered for it
	 * @param reasons findings about the case as a whole
	 * @param moneyFlows the money the case's payment bills show moving between the client
	 * and each other party (empty without bills)
	 * @param chain the evidence chain the cause of action needs: each requirement, the
	 * facts and items that fill it, whether it is complete, what is missing and the
	 * weakest link; {@code null} when rules/chains.yaml defines none for the cause
	 * @param chains each fact to prove with the items behind it, how strongly, and its
	 * weakest link
	 * @param plan every item's plan done together and the case score it reaches;
	 * {@code null} when no action raises any item's score or remedies were not asked for
	 * @param planWithout the case plan where the items' plans that rest on a premise the
	 * client has not confirmed (a payment once made to the account) do without it;
	 * {@code null} where no item's plan rests on one
	 * @param unknowns the case's score range over the open facts and the questions that
	 * matter most, across items; {@code null} when unknowns were not asked for
	 * @param timeLimit where the case stands against the time limit for evidence;
	 * {@code null} when the case file does not give its end
	 */
	public record CaseSummary(int score, Level level, java.util.Map<Level, Integer> itemsByLevel,
			List<String> needsCorroboration, List<String> refused, List<String> excluded, List<String> setAside,
			List<FactSupport> facts, List<Reason> reasons, List<MoneyFlowLine> moneyFlows, EvidenceChain chain,
			List<EvidenceChain.FactChain> chains, CasePlan plan, CasePlanWithout planWithout, CaseUnknowns unknowns,
			TimeLimit timeLimit) {

		public CaseSummary {
			// an opinion stored before the field existed reads back with none
			setAside = (setAside != null) ? setAside : List.of();
			refused = (refused != null) ? refused : List.of();
		}

	}

	/**
	 * Where the case stands against the time limit for evidence (举证期限).
	 *
	 * @param ends its last day: the day the court set ({@code evidencePeriodEnds}), or
	 * the first working day after it where that is a rest day (民事诉讼法第八十五条第三款;
	 * rules/rest-days.yaml); every date the opinion gives for it runs to this day
	 * @param set the day the court set, where it was moved; {@code null} when it was not
	 * @param holiday the holiday the day set falls in, where it was moved for one;
	 * {@code null} for a weekend or when not moved
	 * @param movedBy the provision that moved it, as in force on the day set;
	 * {@code null} when it was not moved
	 * @param movedByEn the same in English
	 * @param holidaysChecked the calendar lists the holidays of the year the time limit
	 * ends in; {@code false} when only weekends were known, so a holiday may have been
	 * missed
	 * @param preparedOn the day the opinion is prepared for ({@code preparedOn}), or
	 * {@code null} when the case file does not say
	 * @param passed it ended before that day; {@code null} when the case file does not
	 * say the day, so whether it has passed is not known
	 * @param afterExpiry what follows once it has passed (late evidence, and under the
	 * current law the cure of defects in evidence already filed), as the law on the
	 * case's law date has it; {@code null} when it has not passed
	 * @param afterExpiryEn the same in English
	 * @param endsAfterLawDate the court set it to end on a rest day on or before the
	 * case's law date (the hearing), and the first working day after that rest day comes
	 * after the law date: its last day is to be confirmed with the court; {@code false}
	 * otherwise
	 */
	public record TimeLimit(LocalDate ends, LocalDate set, String holiday, String movedBy, String movedByEn,
			boolean holidaysChecked, LocalDate preparedOn, Boolean passed, String afterExpiry, String afterExpiryEn,
			boolean endsAfterLawDate) {

	}

	/**
	 * The net money flow between the client and one party, from the case's payment bills.
	 *
	 * @param partyId the party
	 * @param partyName the party's name
	 * @param names the names the bills use for the party
	 * @param paid what the client paid the party (yuan)
	 * @param received what the client received from the party
	 * @param net {@code paid - received}
	 * @param repaid the part of {@code received} the payer's note calls a repayment (还款,
	 * 先还…)
	 * @param rows the bill rows counted
	 * @param first the earliest of them
	 * @param last the latest of them
	 */
	public record MoneyFlowLine(String partyId, String partyName, List<String> names, java.math.BigDecimal paid,
			java.math.BigDecimal received, java.math.BigDecimal net, java.math.BigDecimal repaid, int rows,
			java.time.LocalDateTime first, java.time.LocalDateTime last) {

	}

	/**
	 * The case's range over the facts the case file leaves open.
	 *
	 * @param worst the case's score if every open fact turns out against the client
	 * @param best the case's score if every open fact turns out for the client
	 * @param questions the questions for the client, most decisive first, each once
	 */
	public record CaseUnknowns(int worst, int best, List<CaseQuestion> questions) {

	}

	/**
	 * A question for the client that matters to one or more items, with what each answer
	 * does to the case: the answer given for every item it touches at once, the other
	 * open facts left open, and the case assessed again.
	 *
	 * @param field the field path in the item
	 * @param question the question in Chinese
	 * @param questionEn the question in English
	 * @param items ids of the items whose score it moves
	 * @param bestAnswer the answer that favours the client
	 * @param caseIfBest the case's score with that answer
	 * @param worstAnswer the answer that hurts the client
	 * @param caseIfWorst the case's score with that answer
	 * @param swing the most it moves any of the items (an item's {@code swing})
	 * @param premise for some of the items, the actions offered take the favourable
	 * answer for granted ({@link OpenQuestion#premise()})
	 */
	public record CaseQuestion(String field, String question, String questionEn, List<String> items, Object bestAnswer,
			int caseIfBest, Object worstAnswer, int caseIfWorst, int swing, boolean premise) {

		/** How far the answer moves the case's score. */
		public int caseSwing() {
			return this.caseIfBest - this.caseIfWorst;
		}

	}

	/**
	 * A fact to prove and the items offered for it.
	 *
	 * @param id the fact's id
	 * @param description the fact
	 * @param items ids of the items offered for it
	 * @param bestScore the score of its strongest item (0 when none)
	 * @param bestItem the id of its strongest item, or {@code null}
	 */
	public record FactSupport(String id, String description, List<String> items, int bestScore, String bestItem) {

	}

}
