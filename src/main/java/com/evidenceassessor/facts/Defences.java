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

	/**
	 * The opponent says, with evidence, that the money was not lent (a repayment, a gift,
	 * another relationship): a transfer then fits its account as well as the loan, and
	 * lends no independent support to the chat about a loan (民间借贷规定第十五条、第十六条).
	 */
	public boolean purposeContestedWithEvidence() {
		return purposeContested() && Boolean.TRUE.equals(this.evidenceProvided);
	}

	/**
	 * The opponent says the money was not lent: a repayment, a gift, another
	 * relationship.
	 */
	public boolean purposeContested() {
		return Boolean.TRUE.equals(this.repaymentOfOtherDebt) || Boolean.TRUE.equals(this.gift)
				|| Boolean.TRUE.equals(this.nonLoanRelationship);
	}

	/** The same defences, with or without evidence behind them. */
	public Defences withEvidence(boolean provided) {
		return new Defences(this.repaymentOfOtherDebt, this.gift, this.nonLoanRelationship, provided);
	}

}
