package com.evidenceassessor.rules;

/** The properties of evidence a finding speaks to (民诉法解释 Art. 104; 证据规定 Art. 90). */
public enum Dimension {

	/** 真实性. */
	AUTHENTICITY,
	/** 合法性. */
	LEGALITY,
	/** 关联性. */
	RELEVANCE,
	/** 证明力 / 能否单独认定. */
	SUFFICIENCY,
	/** Procedure: how the item must be handled, without effect on the score. */
	PROCEDURE

}
