package com.evidenceassessor.assessment;

/**
 * The rules ran away for one case: they fired more often or ran longer than any sound
 * rule set does (a rule loops). The message names the rules that fired most.
 */
public class RunawayRulesException extends RuntimeException {

	public RunawayRulesException(String message) {
		super(message);
	}

}
