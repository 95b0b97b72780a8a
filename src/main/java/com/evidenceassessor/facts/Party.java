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
	 * The party is known by more than one WeChat ID, or is an organisation the case file
	 * gives no single ID for (it speaks through its staff, each on an account of their
	 * own, 民法典第一百七十条): which record is with which account cannot be told from the party
	 * alone, and who holds one account says nothing of another.
	 */
	public boolean severalAccounts() {
		return this.wechatIds.size() > 1 || (Boolean.TRUE.equals(this.organisation) && this.wechatIds.isEmpty());
	}

}
