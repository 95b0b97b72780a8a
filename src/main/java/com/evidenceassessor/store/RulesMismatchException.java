package com.evidenceassessor.store;

/**
 * A stored opinion cannot be reproduced with these rules: they are not the ones it was
 * made with.
 */
public class RulesMismatchException extends RuntimeException {

	public RulesMismatchException(StoredOpinion stored, String currentHash) {
		super("opinion " + stored.opinionId() + " was made with rule set " + stored.ruleSetHash()
				+ ", but the rules in service are rule set " + currentHash
				+ "; to reproduce it, check out the rules/ folder of that rule set (e.g. from version control) "
				+ "and pass it with --rules");
	}

}
