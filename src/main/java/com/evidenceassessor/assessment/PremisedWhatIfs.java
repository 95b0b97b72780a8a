package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * What-ifs on a case changed by an answer the client has not yet given ("the phone is
 * gone"): each what-if is the answer's change followed by its own, assessed by the
 * what-ifs of the case as the file stands, so the two share one rule session and its
 * cache. Closing it leaves those open: their owner closes them.
 */
final class PremisedWhatIfs implements WhatIfs {

	private final WhatIfs inner;

	private final List<ItemPatch> premise;

	private final Evaluation base;

	PremisedWhatIfs(WhatIfs inner, List<ItemPatch> premise) {
		this.inner = inner;
		this.premise = List.copyOf(premise);
		this.base = inner.evaluate(this.premise);
	}

	@Override
	public Evaluation base() {
		return this.base;
	}

	@Override
	public Evaluation evaluate(List<ItemPatch> patches) {
		if (patches.isEmpty()) {
			return this.base;
		}
		List<ItemPatch> all = new ArrayList<>(this.premise);
		all.addAll(patches);
		return this.inner.evaluate(all);
	}

	@Override
	public int runs() {
		return this.inner.runs();
	}

	@Override
	public void close() {
		// the inner what-ifs belong to the assessment that opened them
	}

}
