package com.evidenceassessor.rules;

import java.util.Set;

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

	/**
	 * The client has paid the item's counterparty by WeChat transfer: {@code true} when
	 * the case holds such a transfer, received; {@code false} when every transfer the
	 * case holds with them went the other way (the client only received money from them,
	 * as a seller paid by the buyer); {@code unknown} otherwise.
	 */
	public static final String CLIENT_PAID_COUNTERPARTY = "clientPaidCounterparty";

	/**
	 * A witness is filed with the item ({@code outsideEvidence} of kind {@code witness}):
	 * {@code true} or {@code false}. Read from the item, but not one of its fields.
	 */
	public static final String WITNESS_FILED = "witnessFiled";

	/**
	 * The item is filed after the time limit for evidence: {@code true} where the case
	 * file says it was not submitted in time, or leaves that open and the record was made
	 * after the limit ended (it cannot have been filed within it); {@code false} where
	 * the file says it was; {@code unknown} otherwise.
	 */
	public static final String FILED_LATE = "filedLate";

	/**
	 * The assessment ties the item's account to the party (a rule's finding establishes
	 * {@code identityFixed}, from the item's own facts or another item's): {@code true}
	 * or {@code false}. Read from the assessment, not the case file, so only an action's
	 * {@code variants} may name it: its wording, never whether it is offered.
	 */
	public static final String ACCOUNT_TIED = "accountTied";

	/**
	 * A backup can hold the item's original data ({@code EvidenceItem.backupCanHold}): a
	 * chat's record in WeChat's chat backup, or a video kept outside WeChat in a cloud
	 * album or on a computer: {@code true} or {@code false}. Read from the item, but not
	 * one of its fields.
	 */
	public static final String BACKUP_CAN_HOLD = "backupCanHold";

	/**
	 * The opponent is on the other end of the item's chat, private or group
	 * ({@code EvidenceItem.opponentInChat}): {@code true} or {@code false}. Read from the
	 * item, but not one of its fields.
	 */
	public static final String OPPONENT_IN_CHAT = "opponentInChat";

	/**
	 * The case's cause of action (its {@code causeOfAction}, as written in the case
	 * file): an action worded for one kind of dispute (a witness to what a bride-price
	 * transfer was for).
	 */
	public static final String CAUSE_OF_ACTION = "causeOfAction";

	/**
	 * Another item (not the item itself) of the same private chat, with the same
	 * counterparty, records deleted or recalled messages: the whole conversation,
	 * produced, carries those gaps ({@code true}); {@code null} when none does. Read from
	 * the case's items, not one of the item's fields (review round 49, syn-63347-00012
	 * E3).
	 */
	public static final String DELETIONS_IN_CHAT = "deletionsInChat";

	/**
	 * The item is the client's own record in an app, in no chat and with no counterparty
	 * (a clock-in log; {@code EvidenceItem.ownAppRecord}): {@code true} or {@code false}.
	 * Read from the item, but not one of its fields.
	 */
	public static final String OWN_APP_RECORD = "ownAppRecord";

	/** The fields above: the case's about the item. */
	private static final Set<String> CASE_FIELDS = Set.of(COUNTERPARTY_ORGANISATION, CLIENT_PAID_COUNTERPARTY,
			WITNESS_FILED, FILED_LATE, ACCOUNT_TIED, BACKUP_CAN_HOLD, OPPONENT_IN_CHAT, CAUSE_OF_ACTION,
			DELETIONS_IN_CHAT, OWN_APP_RECORD);

	/** Whether a field is the case's about the item rather than the item's own. */
	public static boolean isCaseField(String path) {
		return CASE_FIELDS.contains(path);
	}

	private CaseFields() {
	}

}
