package com.evidenceassessor.facts;

/**
 * What the opponent pleads against a money claim (民间借贷规定 Arts. 14–16; 证据规定 Art. 86).
 *
 * @param repaymentOfOtherDebt the transfer repaid an earlier loan or another debt
 * @param gift the money was a gift
 * @param nonLoanRelationship the money arose from another relationship (sale,
 * partnership, wages)
 * @param evidenceProvided the opponent backs the defence with evidence
 */
public record Defences(Boolean repaymentOfOtherDebt, Boolean gift, Boolean nonLoanRelationship,
		Boolean evidenceProvided) {

	static final Defences NONE = new Defences(null, null, null, null);

}
