package com.evidenceassessor.facts;

import java.util.List;

/**
 * A party to the case, with what identifies them on WeChat.
 *
 * @param id the id items refer to, e.g. {@code defendant}
 * @param role plaintiff, defendant, third party
 * @param name the party's name
 * @param client the party this assessment is made for (the submitter of the items)
 * @param wechatIds the WeChat IDs known to belong to the party
 * @param phones the phone numbers known to belong to the party
 * @param organisation the party is an organisation (a company, an employer): what it says
 * on WeChat, people acting for it say
 */
public record Party(String id, PartyRole role, String name, Boolean client, List<String> wechatIds, List<String> phones,
		Boolean organisation) {

	public Party {
		wechatIds = EvidenceItem.copy(wechatIds);
		phones = EvidenceItem.copy(phones);
	}

	/**
	 * The party is known by more than one WeChat ID: which record is with which of their
	 * accounts cannot be told from the party alone.
	 */
	public boolean severalAccounts() {
		return this.wechatIds.size() > 1;
	}

}
