package com.evidenceassessor.facts;

/**
 * Links and files sent in a chat (practice checklist, cautions by kind (4); legal notes
 * R22).
 *
 * @param openedContentPreserved the opened page or file content was fixed too, not only
 * the bare link
 * @param fileExpired the file expired in WeChat before it was saved
 * @param thirdPartyRecord the page or file opened is a record a third party keeps (a
 * carrier's tracking page with the consignee and signature, a bank's or a platform's
 * page): it shows the fact by itself, whoever's account sent the link
 * @param publicPage the link opens a page anyone can open from its address (a public
 * account's article, a web page), not one only the chat's members can see: its content
 * can be fixed from any device, the phone that received the link gone or not
 */
public record LinkDetails(Boolean openedContentPreserved, Boolean fileExpired, Boolean thirdPartyRecord,
		Boolean publicPage) {

	static final LinkDetails UNKNOWN = new LinkDetails(null, null, null, null);

}
