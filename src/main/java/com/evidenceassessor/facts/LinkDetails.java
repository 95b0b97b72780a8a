package com.evidenceassessor.facts;

/**
 * Links and files sent in a chat (practice checklist, cautions by kind (4); legal notes
 * R22).
 *
 * @param openedContentPreserved the opened page or file content was fixed too, not only
 * the bare link
 * @param fileExpired the file expired in WeChat before it was saved
 */
public record LinkDetails(Boolean openedContentPreserved, Boolean fileExpired) {

	static final LinkDetails UNKNOWN = new LinkDetails(null, null);

}
