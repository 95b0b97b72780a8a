package com.evidenceassessor.facts;

/**
 * A fact the client must prove (待证事实), which items are offered for.
 *
 * @param id the id items refer to in {@code proves}
 * @param element what kind of fact it is, for evidence-chain rules: e.g.
 * {@code loanAgreed}, {@code moneyDelivered}, {@code debtAcknowledged},
 * {@code repaymentDemanded}, {@code overtimeWorked}, {@code goodsDelivered},
 * {@code statementPublished}; free text otherwise
 * @param description the fact in the lawyer's words
 */
public record FactToProve(String id, String element, String description) {

}
