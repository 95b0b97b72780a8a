package com.evidenceassessor.assessment;

import java.util.List;

import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.rules.RuleSet;

/**
 * What-ifs the plain way: every change is a new case run in a new session. Slow, and
 * obviously right: the reference {@link SessionWhatIfs} is tested against, and the
 * "before" of the benchmark.
 */
final class FreshWhatIfs implements WhatIfs {

	private final RuleSet ruleSet;

	private final Evaluation base;

	private int runs;

	FreshWhatIfs(RuleSet ruleSet, LegalCase legalCase, List<Object> derivedFacts) {
		this.ruleSet = ruleSet;
		this.base = Evaluation.of(ruleSet, legalCase, derivedFacts);
	}

	@Override
	public Evaluation base() {
		return this.base;
	}

	@Override
	public Evaluation evaluate(List<ItemPatch> patches) {
		this.runs++;
		return this.base.with(this.ruleSet, patches);
	}

	@Override
	public int runs() {
		return this.runs;
	}

	@Override
	public void close() {
	}

}
