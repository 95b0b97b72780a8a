package com.evidenceassessor.facts;

/**
 * The kind of a WeChat evidence item (证据规定 Art. 14; practice checklist: six kinds of
 * records).
 */
public enum ItemKind {

	TEXT, IMAGE, VOICE, VIDEO, LINK, FILE, TRANSFER, RED_PACKET, MOMENTS_POST, BILL;

	/** A payment record: a transfer or a red packet. */
	public boolean payment() {
		return this == TRANSFER || this == RED_PACKET;
	}

}
