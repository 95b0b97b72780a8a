package com.evidenceassessor.facts;

/** How the submitter came to hold the item (民诉法解释 Art. 106). */
public enum ObtainedBy {

	OWN_ACCOUNT_OWN_DEVICE, GROUP_PARTICIPANT, OTHERS_DEVICE_WITHOUT_CONSENT, INTRUSION,
	COVERT_CAPTURE_IN_PRIVATE_SPACE, COURT_ORDER, NOTARY, PLATFORM

}
