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
 */
public record LinkDetails(Boolean openedContentPreserved, Boolean fileExpired, Boolean thirdPartyRecord) {

	static final LinkDetails UNKNOWN = new LinkDetails(null, null, null);

}
