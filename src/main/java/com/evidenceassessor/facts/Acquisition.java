package com.evidenceassessor.facts;

/**
 * How the item was obtained, for its legality (民诉法解释 Art. 106; 民法典 Arts. 1032–1033).
 *
 * @param obtainedBy the means by which the submitter came to hold it
 * @param seriousInfringement obtaining it seriously infringed someone's lawful rights
 * @param violatesProhibitiveLaw obtaining it violated a prohibitive provision of law
 * @param violatesPublicOrder obtaining it seriously violated public order and good morals
 * @param privacyOrSecrets the content touches privacy or secrets (cross-examined in
 * private)
 */
public record Acquisition(ObtainedBy obtainedBy, Boolean seriousInfringement, Boolean violatesProhibitiveLaw,
		Boolean violatesPublicOrder, Boolean privacyOrSecrets) {

	static final Acquisition UNKNOWN = new Acquisition(null, null, null, null, null);

}
