package com.evidenceassessor.rules;

/**
 * Fields the rules' data may put conditions on (a remedy's {@code requires} and
 * {@code variants}, a question's {@code when}) that are not the item's own but the case's
 * about the item.
 */
public final class CaseFields {

	/**
	 * The party the item's account belongs to is an organisation (its
	 * {@code organisation} flag: {@code true}, {@code false} or {@code unknown}): the
	 * account's user is one of its people, whose phone and voice are theirs, not the
	 * organisation's.
	 */
	public static final String COUNTERPARTY_ORGANISATION = "counterpartyOrganisation";

	private CaseFields() {
	}

}
