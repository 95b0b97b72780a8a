package com.evidenceassessor.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.rules.RuleSet;

/**
 * One run of the rules over a case and the scores that follow: the unit every what-if
 * repeats.
 *
 * @param legalCase the case as run
 * @param derivedFacts the facts read from the case's files, inserted beside the case
 * @param findings every finding, in {@link RuleEngine#ORDER}
 * @param scores each item's score, by item id, in case-file order
 * @param sources the files and bill rows the findings rest on
 * ({@link FindingSources#NONE} for a what-if)
 */
record Evaluation(LegalCase legalCase, List<Object> derivedFacts, List<Finding> findings, Map<String, ItemScore> scores,
		FindingSources sources) {

	static Evaluation of(RuleSet ruleSet, LegalCase legalCase, List<Object> derivedFacts) {
		RuleEngine.Fired fired = RuleEngine.fire(ruleSet, legalCase, derivedFacts);
		return scored(new ScoreModel(ruleSet, legalCase.lawDate()), legalCase, derivedFacts, fired.findings(),
				fired.sources());
	}

	/** The evaluation the findings of a rule run give. */
	static Evaluation scored(ScoreModel model, LegalCase legalCase, List<Object> derivedFacts, List<Finding> findings,
			FindingSources sources) {
		Map<String, ItemScore> scores = new LinkedHashMap<>();
		for (EvidenceItem item : legalCase.items()) {
			scores.put(item.id(), model.score(findingsFor(findings, item.id())));
		}
		return new Evaluation(legalCase, derivedFacts, findings, scores, sources);
	}

	/**
	 * The same case with a change applied, assessed again from scratch with the same
	 * derived facts: the reference every faster what-if must agree with.
	 */
	Evaluation with(RuleSet ruleSet, List<ItemPatch> patches) {
		return of(ruleSet, ItemPatch.applyAll(this.legalCase, patches), this.derivedFacts);
	}

	List<Finding> findingsFor(String itemId) {
		return findingsFor(this.findings, itemId);
	}

	/** The case's score in this evaluation, by {@link CaseScores}. */
	int caseScore(RuleSet ruleSet) {
		return CaseScores.of(this.legalCase, this.scores, ruleSet.chains(),
				() -> new ScoreModel(ruleSet, this.legalCase.lawDate()), itemsEstablishing(Finding.CLAIM_UNFOUNDED),
				paymentFindings());
	}

	/**
	 * How strongly the case proves a fact, as its chain link counts it: the items offered
	 * for it, and the records filed beside them that prove it by themselves.
	 */
	int factStrength(RuleSet ruleSet, FactToProve fact) {
		return CaseScores.linkStrength(this.legalCase, fact, this.scores, ruleSet.chains(),
				() -> new ScoreModel(ruleSet, this.legalCase.lawDate()), paymentFindings());
	}

	/** What the rules found about the case's payments, for {@link CaseScores}. */
	CaseScores.PaymentFindings paymentFindings() {
		return new CaseScores.PaymentFindings(itemsEstablishing(Finding.RECEIPT_ADMITTED),
				itemsEstablishing(Finding.PART_OF_SUM));
	}

	/**
	 * The facts to prove left out of the case's score: every usable item offered for them
	 * is no ground for the claim ({@link Finding#CLAIM_UNFOUNDED}).
	 */
	List<String> setAsideFacts() {
		Set<String> unfounded = itemsEstablishing(Finding.CLAIM_UNFOUNDED);
		return this.legalCase.factsToProve()
			.stream()
			.filter(f -> CaseScores.setAside(this.legalCase, f, this.scores, unfounded))
			.map(FactToProve::id)
			.toList();
	}

	/**
	 * Strengthening the item changes nothing in the case
	 * ({@link Finding#strengtheningMoot()}): no action is offered and nothing asked.
	 */
	boolean strengtheningMoot(String itemId) {
		return findingsFor(itemId).stream().anyMatch(Finding::strengtheningMoot);
	}

	/**
	 * The items a finding establishes {@code what} for ({@link Finding#establishes()}).
	 */
	Set<String> itemsEstablishing(String what) {
		return this.findings.stream()
			.filter(f -> what.equals(f.establishes()) && f.itemId() != null)
			.map(Finding::itemId)
			.collect(Collectors.toSet());
	}

	int score(String itemId) {
		return this.scores.get(itemId).overall();
	}

	Level level(String itemId) {
		return this.scores.get(itemId).level();
	}

	static List<Finding> findingsFor(List<Finding> findings, String itemId) {
		return findings.stream().filter(f -> itemId == null ? f.itemId() == null : itemId.equals(f.itemId())).toList();
	}

}
