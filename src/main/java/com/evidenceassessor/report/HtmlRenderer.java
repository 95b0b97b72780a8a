package com.evidenceassessor.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.evidenceassessor.assessment.EvidenceChain;
import com.evidenceassessor.assessment.Opinion;
import org.thymeleaf.context.Context;

/**
 * The opinion as a standalone HTML page (one file, styles inline, no scripts), printable
 * and safe: Thymeleaf escapes every value that comes from the case file. Used by the
 * batch job, the web pages and the PDF report alike.
 */
public final class HtmlRenderer {

	private HtmlRenderer() {
	}

	public static String render(Opinion opinion, Lang lang) {
		Context context = new Context(lang == Lang.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
		context.setVariable("opinion", opinion);
		context.setVariable("lang", lang);
		context.setVariable("t", new Words(lang));
		return Templates.ENGINE.process("report/opinion", context);
	}

	/** The labels the opinion templates use, for pages that show an opinion. */
	public static Words words(Lang lang) {
		return new Words(lang);
	}

	/**
	 * The labels and bilingual picks the template needs: {@code t.of('score')},
	 * {@code t.pick(zh, en)}.
	 */
	public static final class Words {

		private final Lang lang;

		Words(Lang lang) {
			this.lang = lang;
		}

		public String of(String key) {
			return Labels.of(key, this.lang);
		}

		public String level(Object level) {
			return Labels.of(level.toString().toLowerCase(Locale.ROOT), this.lang);
		}

		/**
		 * Why an action that gains the item nothing is offered, and what it does for the
		 * case, or {@code null}.
		 */
		public String offeredBecause(Opinion.RemedyOption remedy, Opinion opinion) {
			return Labels.offeredBecause(remedy, opinion.summary().score(), this.lang);
		}

		/** The heading of a plan that does without {@code premises}. */
		public String withoutPremises(List<String> premises) {
			return Labels.withoutPremises(premises, this.lang);
		}

		/** The heading of an item's plan for when its phone is gone. */
		public String ifDeviceGone(Opinion.PlanIfDeviceGone ifGone) {
			return Labels.ifDeviceGone(ifGone, this.lang);
		}

		/** What a combined plan's score takes for granted, or {@code null}. */
		public String planAssumes(Opinion.RemedyPlan plan) {
			return Labels.planAssumes(plan.steps(), this.lang);
		}

		/** What follows for a combined plan's steps that are late. */
		public List<String> planLate(Opinion.RemedyPlan plan) {
			return Labels.planLate(plan.steps(), this.lang);
		}

		/** What an item in a fact's list still needs (ChainWords.itemFlag). */
		public String itemFlag(EvidenceChain.ChainItem item) {
			return ChainWords.itemFlag(item, this.lang);
		}

		/** That an item counts for a fact at less than its own score, and why. */
		public String countsAs(EvidenceChain.ChainItem item) {
			return Labels.countsAs(item, this.lang);
		}

		/** The label of an enum constant by its wire name (dimensions, effects). */
		public String wire(Enum<?> value) {
			return Labels.of(com.evidenceassessor.support.WireNames.of(value), this.lang);
		}

		public String kind(String kind) {
			return Labels.of("kind." + kind, this.lang);
		}

		public String pick(String zh, String en) {
			return this.lang.pick(zh, en);
		}

		/** A reason in words, with the files and bill rows it rests on. */
		public String reason(Opinion.Reason reason) {
			return Labels.reasonText(reason, this.lang);
		}

		/** The score one answer to an open question gives, named by the answer. */
		public String answered(Opinion.OpenQuestion question, boolean best) {
			return Labels.answered(question, best, this.lang);
		}

		/** Why the case plan cannot raise the case's score, or {@code null}. */
		public String planBlocked(Opinion opinion) {
			return ChainWords.planBlocked(opinion, this.lang);
		}

		/** Whether that is a warning (not for a case already at low risk). */
		public boolean planWarns(Opinion opinion) {
			return ChainWords.planWarns(opinion);
		}

		/** The evidence outside WeChat already filed beside a link's items. */
		public String filedBeside(EvidenceChain.ChainLink link) {
			return Labels.filedBeside(link, this.lang);
		}

		/** What answering a question across items does to the case. */
		public String caseQuestionEffect(Opinion.CaseQuestion question) {
			return Labels.caseQuestionEffect(question, this.lang);
		}

		/** What answering an open question does to the score. */
		public String questionEffect(Opinion.OpenQuestion question) {
			return Labels.questionEffect(question, this.lang);
		}

		/**
		 * An action's time limit, with its last day when known and what follows once
		 * passed; {@code null} for none.
		 */
		public String deadline(Opinion.TimeLimited limit) {
			return this.lang.deadline(limit);
		}

		public String effort(String effort) {
			return Labels.effort(effort, this.lang);
		}

		/**
		 * What an action's promised score takes for granted; {@code null} for nothing.
		 */
		public String assumes(List<String> assumes) {
			return Labels.assumes(assumes, this.lang);
		}

		/** An action's effort, with what its promised score takes for granted. */
		public String effortAndAssumption(String effort, List<String> assumes) {
			return Labels.effortAndAssumption(effort, assumes, this.lang);
		}

		/**
		 * A case plan's action's effort and assumptions, each with the items it is for.
		 */
		public String plannedEffortAndAssumption(Opinion.PlannedAction action) {
			return Labels.effortAndAssumption(action, this.lang);
		}

		/** A weakest link in words. */
		public String weakness(EvidenceChain.WeakestLink link, Opinion opinion) {
			return ChainWords.weakness(link, opinion, this.lang);
		}

		/**
		 * That the opinion is not the court's finding, with the article of its regime.
		 */
		public String disclaimer(Opinion opinion) {
			return Labels.disclaimer(opinion, this.lang);
		}

		/**
		 * A sum paid in several payments, each with its items and strength, and what the
		 * fact's strength rests on; {@code null} for a fact without parts.
		 */
		public String parts(EvidenceChain.FactChain fact) {
			return ChainWords.parts(fact, this.lang);
		}

		/** The payments of each of a link's facts paid in parts, after the fact's id. */
		public List<String> linkParts(EvidenceChain.ChainLink link, Opinion opinion) {
			return ChainWords.parts(link, opinion, this.lang);
		}

		/** The cause of action, and who claims when the chain depends on it. */
		public String chainTitle(EvidenceChain chain) {
			return ChainWords.title(chain, this.lang);
		}

		/** What the case could name as its claimant, or {@code null}. */
		public String claimantUnstated(EvidenceChain chain) {
			return ChainWords.claimantUnstated(chain, this.lang);
		}

		/** The labels of the requirements the chain does not cover. */
		public String missing(EvidenceChain chain, Opinion opinion) {
			return ChainWords.missing(chain, opinion, this.lang);
		}

		/** A reason's effect in words, as it stands for the item. */
		public String effect(Opinion.Reason reason, Opinion.ItemOpinion item) {
			return Labels.effect(reason, item, this.lang);
		}

		/**
		 * A reason's points, or its effect in words when it has none, as they stand for
		 * the item.
		 */
		public String points(Opinion.Reason reason, Opinion.ItemOpinion item) {
			return Labels.points(reason, item, this.lang);
		}

		public String standsAlone(Opinion opinion) {
			return Labels.standsAlone(opinion, this.lang);
		}

		/**
		 * Whether to say the fact's best item stands alone (not where an admission or an
		 * official record sets the fact).
		 */
		public boolean standsAlone(EvidenceChain.FactChain fact) {
			return ChainWords.standsAlone(fact);
		}

		/**
		 * That the link's strength is an admitted fact's or an official record's, or
		 * {@code null}.
		 */
		public String linkBeyondItems(EvidenceChain.ChainLink link, Opinion opinion) {
			return ChainWords.linkBeyondItems(link, opinion, this.lang);
		}

		/**
		 * What covers the fact besides its items (an admission, an official record), in
		 * words.
		 */
		public List<String> beyondItems(EvidenceChain.FactChain fact) {
			return ChainWords.beyondItems(fact, this.lang);
		}

		public String scoreSetOutside(Opinion opinion) {
			return ChainWords.scoreSetOutside(opinion, this.lang);
		}

		/**
		 * What an incomplete chain lacks and what the score therefore means, or
		 * {@code null}.
		 */
		public String chainCaveat(Opinion opinion) {
			return ChainWords.caveat(opinion, this.lang);
		}

		/**
		 * That the time limit for evidence has passed, or may have, and what follows;
		 * {@code null} when neither.
		 */
		public String timeLimit(Opinion opinion) {
			return this.lang.timeLimit(opinion.summary().timeLimit());
		}

		public Map<String, String> levelColours() {
			return Map.of("LOW", "#1b7f3b", "MEDIUM", "#b36b00", "HIGH", "#b3261e", "EXCLUDED", "#5f2a7a");
		}

	}

}
