package com.evidenceassessor.facts;

/**
 * What ties the account in the record to the party it is said to belong to (证据规定 Art.
 * 87(2); 电子签名法 Arts. 8(3), 9; practice: 8.1, 8.3, 8.5 of the legal notes).
 *
 * @param wechatIdShown the counterparty's WeChat ID (which cannot be changed) is visible
 * @param profilePageShown the counterparty's profile page (remark, nickname, WeChat ID,
 * phone) was shown
 * @param phoneMatchesParty the phone bound to the account is the party's phone
 * @param realNameViaPayment a transfer e-voucher or a Tenpay record shows the party's
 * real name
 * @param platformRecord registration data obtained from the platform through the court
 * @param admittedByOpponent the opponent admits the account is theirs
 * @param voiceprint the result of a voiceprint comparison, if any
 * @param contentSelfIdentifies the messages carry the party's name, ID number or
 * documents
 * @param thirdPartyIdentification witnesses or group members identify the account
 * @param accountMisuseClaimed the opponent says someone else used the account
 * @param accountMisuseEvidence the opponent backs that claim with evidence
 * @param actsForParty where the party is an organisation: the account's user is shown to
 * be its head, or staff acting for it within their duties (民法典第一百七十条)
 * @param clientPaidAccount the client has at some time paid this account by WeChat
 * transfer, so can request a transfer e-voucher naming its holder's real name (a transfer
 * the client made in the case shows it too)
 */
public record Identity(Boolean wechatIdShown, Boolean profilePageShown, Boolean phoneMatchesParty,
		Boolean realNameViaPayment, Boolean platformRecord, Boolean admittedByOpponent, Voiceprint voiceprint,
		Boolean contentSelfIdentifies, Boolean thirdPartyIdentification, Boolean accountMisuseClaimed,
		Boolean accountMisuseEvidence, Boolean actsForParty, Boolean clientPaidAccount) {

	static final Identity UNKNOWN = new Identity(null, null, null, null, null, null, null, null, null, null, null, null,
			null);

}
