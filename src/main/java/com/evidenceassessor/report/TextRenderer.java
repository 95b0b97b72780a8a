package com.evidenceassessor.report;

import java.io.PrintWriter;
import java.util.List;

import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.AppliedInstrument;
import com.evidenceassessor.assessment.Opinion.FactSupport;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.OpenQuestion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.assessment.Opinion.RemedyOption;

/**
 * The opinion as text for a terminal: per item score, level, reasons with citations,
 * remedies.
 */
public final class TextRenderer {

	private final Lang lang;

	private final PrintWriter out;

	private final PlanText plan;

	public TextRenderer(Lang lang, PrintWriter out) {
		this.lang = lang;
		this.out = out;
		this.plan = new PlanText(lang, out);
	}

	public void render(Opinion opinion) {
		this.out.println("══ " + label("opinion") + " ══");
		this.out.println(
				label("case") + ": " + opinion.caseId() + (opinion.title() != null ? " — " + opinion.title() : ""));
		this.out.println(label("lawDate") + ": " + opinion.lawDate());
		regime(opinion);
		this.out.println();
		for (ItemOpinion item : opinion.items()) {
			item(item, opinion.summary().score());
		}
		summary(opinion);
		this.out.println();
		this.out.println(label("stamp") + ": rules " + opinion.stamp().ruleSetHash().substring(0, 12) + " · input "
				+ opinion.stamp().inputHash().substring(0, 12) + " · assessor " + opinion.stamp().programVersion());
		this.out.println(Labels.disclaimer(opinion, this.lang));
		this.out.flush();
	}

	/** The instruments the reasons cite, in the version in force on the law date. */
	private void regime(Opinion opinion) {
		this.out.println(label("regime") + ":");
		for (AppliedInstrument instrument : opinion.stamp().cited()) {
			this.out.printf("  · %s%s%n", instrument.dated(), instrument.practice() ? label("practiceNotLaw") : "");
		}
	}

	private void item(ItemOpinion item, int caseScore) {
		this.out.printf("── %s %s [%s]%s%n", label("item"), item.id(), label("kind." + item.kind()),
				item.title() != null ? " " + item.title() : "");
		this.out.printf("   %s %d/100 · %s · %s %d · %s %d · %s %d · %s %d%n", label("score"), item.score(),
				Labels.of(item.level(), this.lang), label("authenticity"), item.dimensions().authenticity(),
				label("legality"), item.dimensions().legality(), label("relevance"), item.dimensions().relevance(),
				label("sufficiency"), item.dimensions().sufficiency());
		if (item.needsCorroboration()) {
			this.out.println("   ⚠ " + label("needsCorroborationFlag"));
		}
		this.out.println("   " + label("reasons") + ":" + (item.reasons().isEmpty() ? " " + label("noReasons") : ""));
		for (Reason reason : item.reasons()) {
			this.out.printf("   • [%s] %s%n       — %s%n", Labels.tag(reason, item, this.lang),
					Labels.reasonText(reason, this.lang), this.lang.pick(reason.citation(), reason.citationEn()));
		}
		remedies(item, caseScore);
		this.plan.itemPlan(item);
		unknowns(item);
		this.out.println();
	}

	/**
	 * The actions, ranked; the heading also stands over a plan whose steps gain only
	 * together.
	 */
	private void remedies(ItemOpinion item, int caseScore) {
		List<RemedyOption> remedies = item.remedies();
		if (remedies.isEmpty() && item.plan() == null) {
			return;
		}
		this.out.println("   " + label("remedies") + ":");
		if (item.onlyTogether()) {
			this.out.println("   " + label("onlyTogether"));
		}
		int rank = 1;
		for (RemedyOption remedy : remedies) {
			this.out.printf("   %d. %s → %d (%s, %+d) · %s%n", rank++,
					this.lang.pick(remedy.action(), remedy.actionEn()), remedy.scoreAfter(),
					Labels.of(remedy.levelAfter(), this.lang), remedy.gain(),
					Labels.effortAndAssumption(remedy.effort(), remedy.assumes(), this.lang));
			String offeredBecause = Labels.offeredBecause(remedy, caseScore, this.lang);
			if (offeredBecause != null) {
				this.out.println("      " + offeredBecause);
			}
			if (remedy.deadline() != null) {
				this.out.println("      " + label("deadline") + ": " + this.lang.deadline(remedy));
			}
			if (remedy.basis() != null) {
				this.out.println("      " + label("basis") + ": " + remedy.basis());
			}
		}
	}

	private void unknowns(ItemOpinion item) {
		if (item.unknowns() == null || item.unknowns().questions().isEmpty()) {
			return;
		}
		this.out.printf("   %s: %d–%d%n", label("unknowns"), item.unknowns().worst(), item.unknowns().best());
		for (OpenQuestion question : item.unknowns().questions()) {
			this.out.printf("   ? %s (%s)%n", this.lang.pick(question.question(), question.questionEn()),
					Labels.questionEffect(question, this.lang));
		}
	}

	private void summary(Opinion opinion) {
		var summary = opinion.summary();
		this.out.println("══ " + label("summary") + " ══");
		this.out.printf("%s %d/100 · %s%n", label("score"), summary.score(), Labels.of(summary.level(), this.lang));
		String caveat = ChainWords.caveat(opinion, this.lang);
		if (caveat != null) {
			this.out.println("⚠ " + caveat);
		}
		String timeLimit = this.lang.timeLimit(summary.timeLimit());
		if (timeLimit != null) {
			this.out.println("⚠ " + timeLimit);
		}
		StringBuilder counts = new StringBuilder();
		for (Level level : Level.values()) {
			counts.append(Labels.of(level, this.lang))
				.append(' ')
				.append(summary.itemsByLevel().get(level))
				.append("  ");
		}
		this.out.println(counts.toString().trim());
		if (!summary.needsCorroboration().isEmpty()) {
			this.out.println(
					"⚠ " + label("needsCorroborationFlag") + ": " + String.join(", ", summary.needsCorroboration()));
		}
		if (!summary.refused().isEmpty()) {
			this.out.println("⚠ " + label("refusedFlag") + ": " + String.join(", ", summary.refused()));
		}
		if (!summary.setAside().isEmpty()) {
			this.out.println("⚠ " + label("setAside") + ": " + String.join(", ", summary.setAside()));
		}
		for (Reason reason : summary.reasons()) {
			this.out.printf("• %s — %s%n", Labels.reasonText(reason, this.lang),
					this.lang.pick(reason.citation(), reason.citationEn()));
		}
		for (Opinion.MoneyFlowLine flow : summary.moneyFlows()) {
			String repaid = (flow.repaid().signum() > 0) ? String.format("%s%s %,.2f%s", this.lang.pick("（", " ("),
					label("repaidWithNote"), flow.repaid(), this.lang.pick("）", ")")) : "";
			this.out.printf("%s: %s — %s %,.2f · %s %,.2f%s · %s %,.2f (%d, %s – %s)%n", label("moneyFlow"),
					flow.partyName() != null ? flow.partyName() : flow.partyId(), label("paid"), flow.paid(),
					label("received"), flow.received(), repaid, label("net"), flow.net(), flow.rows(),
					flow.first().toLocalDate(), flow.last().toLocalDate());
		}
		this.plan.chain(opinion);
		this.plan.facts(opinion);
		this.plan.casePlan(opinion);
		this.plan.questions(summary.unknowns());
	}

	private String label(String key) {
		return Labels.of(key, this.lang);
	}

}
