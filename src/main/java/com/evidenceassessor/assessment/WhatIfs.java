package com.evidenceassessor.assessment;

import java.util.List;

/**
 * Assesses a case with changes to its items ("what if the chat were notarised?"): the
 * unit of the remediation plan and of the range over unknown facts. Two ways, which must
 * agree exactly: {@link SessionWhatIfs} updates the changed items in one long-lived rule
 * session (fast, the default); {@link FreshWhatIfs} runs the changed case in a new
 * session each time (the reference).
 */
interface WhatIfs extends AutoCloseable {

	/** The case as the case file has it. */
	Evaluation base();

	/**
	 * The case with the changes applied ({@link ItemPatch#applyAll}), assessed; the base
	 * when they change nothing.
	 */
	Evaluation evaluate(List<ItemPatch> patches);

	default Evaluation evaluate(ItemPatch patch) {
		return evaluate(List.of(patch));
	}

	/** How many times the rules ran for what-ifs, beyond the base run. */
	int runs();

	@Override
	void close();

}
