package com.evidenceassessor.facts;

/**
 * A fact to prove the opponent has admitted in the proceedings, the admission binding
 * (自认, 民诉法解释第九十二条第一款): it needs no proof. Derived for the rules from the case file's
 * {@code opponentAdmits} and {@code rules/chains.yaml} (an admission of a fact of
 * personal status does not bind), never written in a case file.
 *
 * @param fact the id of the fact to prove
 */
public record AdmittedFact(String fact) {

}
