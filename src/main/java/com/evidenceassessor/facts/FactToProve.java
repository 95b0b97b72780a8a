package com.evidenceassessor.facts;

/**
 * A fact the client must prove (待证事实), which items are offered for.
 *
 * @param id the id items refer to in {@code proves}
 * @param element which link of the evidence chain it fills: an element of
 * {@code rules/chains.yaml} such as {@code loanAgreed} or {@code moneyDelivered}, or
 * {@code null} for a fact outside the chain
 * @param description the fact in the lawyer's words
 * @param opponentAdmits the opponent has clearly admitted the fact in the proceedings
 * (自认): at the hearing, or in its answer, an agent's statement or another written
 * submission; {@code null} when the case file does not say, read as not admitted
 */
public record FactToProve(String id, String element, String description, Boolean opponentAdmits) {

	/** The opponent has admitted the fact in the proceedings. */
	public boolean admitted() {
		return Boolean.TRUE.equals(this.opponentAdmits);
	}

}
