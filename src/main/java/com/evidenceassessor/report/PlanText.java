package com.evidenceassessor.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.assessment.EvidenceChain;
import com.evidenceassessor.assessment.EvidenceChain.ChainItem;
import com.evidenceassessor.assessment.EvidenceChain.ChainLink;
import com.evidenceassessor.assessment.EvidenceChain.FactChain;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.CasePlan;
import com.evidenceassessor.assessment.Opinion.CasePlanWithout;
import com.evidenceassessor.assessment.Opinion.CaseQuestion;
import com.evidenceassessor.assessment.Opinion.CaseUnknowns;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.PlanStep;
import com.evidenceassessor.assessment.Opinion.PlanWithout;
import com.evidenceassessor.assessment.Opinion.PlannedAction;
import com.evidenceassessor.assessment.Opinion.RemedyPlan;

/**
 * The terminal form of what to do before the hearing: each item's combined plan, the
 * evidence chain with its weakest link, each fact to prove, the case plan and the
 * questions for the client.
 */
final class PlanText {

	private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";

	private final Lang lang;

	private final PrintWriter out;

	PlanText(Lang lang, PrintWriter out) {
		this.lang = lang;
		this.out = out;
	}

	/**
	 * The item's combined plan (where it has two steps or more), then the plan without
	 * the premise it rests on, where it rests on one.
	 */
	void itemPlan(ItemOpinion item) {
		if (item.plan() != null && item.plan().steps().size() >= 2) {
			steps(label("plan"), item.plan());
		}
		PlanWithout without = item.planWithout();
		if (without != null) {
			stepsOrNone(Labels.withoutPremises(without.premises(), this.lang), without.plan());
		}
		if (item.planIfDeviceGone() != null) {
			stepsOrNone(Labels.ifDeviceGone(item.planIfDeviceGone(), this.lang), item.planIfDeviceGone().plan());
		}
	}

	/** A fallback plan under its heading, or that no action raises the item. */
	private void stepsOrNone(String heading, RemedyPlan plan) {
		if (plan == null) {
			this.out.printf("   %s: %s%n", heading, label("noPlanWithout"));
			return;
		}
		steps(heading, plan);
	}

	/**
	 * A plan under its heading: each action marked once on the plan line; each step names
	 * the marks done so far and the score they reach, so no action's words are repeated.
	 */
	private void steps(String heading, RemedyPlan plan) {
		List<PlanStep> planSteps = plan.steps();
		List<String> actions = new ArrayList<>();
		List<String> steps = new ArrayList<>();
		StringBuilder done = new StringBuilder();
		for (int i = 0; i < planSteps.size(); i++) {
			PlanStep step = planSteps.get(i);
			String mark = mark(i);
			actions.add(mark + " " + pick(step.action(), step.actionEn()));
			done.append(done.isEmpty() ? "" : "+").append(mark);
			steps.add(done + " → " + step.scoreAfter());
		}
		this.out.printf("   %s: %s → %d (%s, %+d)%n", heading, String.join(" ＋ ", actions), plan.scoreAfter(),
				Labels.of(plan.levelAfter(), this.lang), plan.gain());
		if (planSteps.size() >= 2) {
			this.out.println("      " + pick("（逐步：", "(step by step: ") + String.join(" · ", steps) + pick("）", ")"));
		}
		String assumed = Labels.planAssumes(planSteps, this.lang);
		if (assumed != null) {
			this.out.println("      " + assumed);
		}
		Labels.planLate(planSteps, this.lang).forEach(line -> this.out.println("      " + line));
	}

	/** A step's mark: ①, ② … in Chinese, (1), (2) … in English. */
	private String mark(int index) {
		String numbered = "(" + (index + 1) + ")";
		return (index < CIRCLED.length()) ? pick(CIRCLED.substring(index, index + 1), numbered) : numbered;
	}

	void chain(Opinion opinion) {
		EvidenceChain chain = opinion.summary().chain();
		if (chain == null) {
			return;
		}
		String state = chain.complete()
				? label("chainComplete") + " · " + chain.strength() + " (" + Labels.of(chain.level(), this.lang) + ")"
				: label("chainIncomplete") + " — " + label("missing") + ": "
						+ ChainWords.missing(chain, opinion, this.lang);
		this.out.println(
				label("chain") + pick("（", " (") + ChainWords.title(chain, this.lang) + pick("）", ")") + ": " + state);
		String unstated = ChainWords.claimantUnstated(chain, this.lang);
		if (unstated != null) {
			this.out.println("  ⚠ " + unstated);
		}
		for (ChainLink link : chain.links()) {
			String facts = link.facts().isEmpty() ? label("noEvidence") : String.join(", ", link.facts());
			String admitted = ChainWords.linkBeyondItems(link, opinion, this.lang);
			String strength = link.covered() ? " (" + link.strength() + ", " + Labels.of(link.level(), this.lang) + ")"
					+ ((admitted != null) ? admitted : "") : "";
			String mark = link.covered() ? "✓" : link.supporting() ? "○" : "✗";
			String supporting = link.supporting() ? pick("（", " (") + label("supportingLink") + pick("）", ")") : "";
			this.out.printf("  %s %s%s ← %s%s%n", mark, pick(link.label(), link.labelEn()), supporting, facts,
					strength);
			this.out.println("      " + label("source") + ": " + pick(link.source(), link.sourceEn()));
			if (link.gather() != null) {
				this.out.println("      " + label("gather") + ": " + pick(link.gather(), link.gatherEn())
						+ Labels.filedBeside(link, this.lang));
			}
			ChainWords.parts(link, opinion, this.lang).forEach(parts -> this.out.println("      " + parts));
		}
		this.out
			.println("  " + label("weakestLink") + ": " + ChainWords.weakness(chain.weakestLink(), opinion, this.lang));
		String outside = ChainWords.scoreSetOutside(opinion, this.lang);
		if (outside != null) {
			this.out.println("  ⚠ " + outside);
		}
	}

	void facts(Opinion opinion) {
		List<FactChain> facts = opinion.summary().chains();
		if (facts.isEmpty()) {
			return;
		}
		this.out.println(label("facts") + ":");
		for (FactChain fact : facts) {
			String element = (fact.elementLabel() != null) ? pick(fact.elementLabel(), fact.elementLabelEn())
					: fact.element();
			this.out.printf("  · %s [%s] %s%n", fact.fact(), (element != null) ? element : "—",
					(fact.description() != null) ? fact.description() : "");
			StringBuilder items = new StringBuilder();
			for (ChainItem item : fact.items()) {
				items.append(items.isEmpty() ? "" : ", ")
					.append(item.id())
					.append(' ')
					.append(item.score())
					.append(" (")
					.append(Labels.of(item.level(), this.lang))
					.append(ChainWords.itemFlag(item, this.lang))
					.append((item.countsAs() != null) ? ", " + Labels.countsAs(item, this.lang) : "")
					.append(')');
			}
			this.out.printf("      ← %s · %d %s%s%n", items.isEmpty() ? label("noEvidence") : items, fact.strength(),
					Labels.of(fact.level(), this.lang),
					ChainWords.standsAlone(fact) ? " · " + Labels.standsAlone(opinion, this.lang) : "");
			ChainWords.beyondItems(fact, this.lang).forEach(note -> this.out.println("      " + note));
			String parts = ChainWords.parts(fact, this.lang);
			if (parts != null) {
				this.out.println("      " + parts);
			}
			this.out.println("      " + label("weakestLink") + ": "
					+ ChainWords.weakness(fact.weakestLink(), opinion, this.lang));
		}
	}

	void casePlan(Opinion opinion) {
		CasePlan plan = opinion.summary().plan();
		if (plan == null) {
			return;
		}
		this.out.printf("%s: %d (%s, %+d)%n", label("casePlan"), plan.scoreAfter(),
				Labels.of(plan.levelAfter(), this.lang), plan.gain());
		String blocked = ChainWords.planBlocked(opinion, this.lang);
		if (blocked != null) {
			this.out.println((ChainWords.planWarns(opinion) ? "  ⚠ " : "  ") + blocked);
		}
		actions(plan);
		CasePlanWithout without = opinion.summary().planWithout();
		if (without == null) {
			return;
		}
		String heading = Labels.withoutPremises(without.premises(), this.lang);
		if (without.plan() == null || without.plan().actions().isEmpty()) {
			this.out.printf("%s: %s%n", heading, label("noCasePlanWithout"));
			return;
		}
		this.out.printf("%s: %d (%s, %+d)%n", heading, without.plan().scoreAfter(),
				Labels.of(without.plan().levelAfter(), this.lang), without.plan().gain());
		actions(without.plan());
	}

	private void actions(CasePlan plan) {
		for (PlannedAction action : plan.actions()) {
			this.out.printf("  · %s [%s] · %s%n", pick(action.action(), action.actionEn()),
					String.join(", ", action.items()), Labels.effortAndAssumption(action, this.lang));
			if (action.deadline() != null) {
				this.out.println("      " + label("deadline") + ": " + this.lang.deadline(action));
			}
			if (action.basis() != null) {
				this.out.println("      " + label("basis") + ": " + action.basis());
			}
		}
	}

	void questions(CaseUnknowns unknowns) {
		if (unknowns == null || unknowns.questions().isEmpty()) {
			return;
		}
		this.out.printf("%s: %d–%d%n", label("caseRange"), unknowns.worst(), unknowns.best());
		this.out.println(label("questions") + ":");
		for (CaseQuestion question : unknowns.questions()) {
			this.out.printf("  ? %s [%s] (%s)%n", pick(question.question(), question.questionEn()),
					String.join(", ", question.items()), Labels.caseQuestionEffect(question, this.lang));
		}
	}

	private String pick(String zh, String en) {
		return this.lang.pick(zh, en);
	}

	private String label(String key) {
		return Labels.of(key, this.lang);
	}

}
