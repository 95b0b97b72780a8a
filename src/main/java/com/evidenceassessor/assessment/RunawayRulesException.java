package com.evidenceassessor.assessment;

/** The rules fired more often than any sound rule set does for one case: a rule loops. */
public class RunawayRulesException extends RuntimeException {

	public RunawayRulesException(int limit) {
		super("the rules fired " + limit + " times for one case and were stopped; a rule probably loops "
				+ "(a rule whose consequence re-triggers itself). Run 'assessor rules test' to find it");
	}

}
