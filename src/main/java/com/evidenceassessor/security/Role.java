package com.evidenceassessor.security;

/**
 * What a user may do. An administrator may do everything the other roles may.
 */
public enum Role {

	/** Assess cases and read opinions (their own). */
	LAWYER,
	/** Read the rules and put edited rules into service (reload). */
	RULE_EDITOR,
	/** Everything, and every user's assessments. */
	ADMIN;

	/** The Spring Security authority, e.g. {@code ROLE_LAWYER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
