package com.evidenceassessor.facts;

/** The cause of action, as far as the rules distinguish it. */
public enum CauseOfAction {

	PRIVATE_LENDING, SALE, LABOUR, BETROTHAL_GIFTS, DEFAMATION, OTHER

}
