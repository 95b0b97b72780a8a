package com.evidenceassessor.facts;

/**
 * What the other side says of the item, and the procedural state (证据规定 Arts. 89, 94;
 * 民诉法解释 Arts. 101–103, 229).
 *
 * @param authenticityDisputed the opponent disputes authenticity
 * @param reasonableGrounds the opponent gives reasonable grounds for the dispute
 * @param opponentCanVerify the opponent can check the record itself (a participant in the
 * same chat or group)
 * @param counterEvidence the opponent produces counter-evidence
 * @param rebuttalSufficient the counter-evidence is sufficient to rebut a presumption
 * (足以反驳)
 * @param rebuttalOverturns the counter-evidence is sufficient to overturn a notarised or
 * admitted item (足以推翻)
 * @param appraisal the result of an appraisal, if one was made
 * @param admittedByOpponent the opponent acknowledged the item in the proceedings (Art.
 * 89)
 * @param admissionRetracted the opponent retracted that acknowledgement with reasons that
 * hold (民诉法解释 Art. 229)
 * @param submittedInTime the item was submitted within the time limit for evidence
 * @param crossExamined the item has been or will be cross-examined
 */
public record Dispute(Boolean authenticityDisputed, Boolean reasonableGrounds, Boolean opponentCanVerify,
		Boolean counterEvidence, Boolean rebuttalSufficient, Boolean rebuttalOverturns, Appraisal appraisal,
		Boolean admittedByOpponent, Boolean admissionRetracted, Boolean submittedInTime, Boolean crossExamined) {

	static final Dispute UNKNOWN = new Dispute(null, null, null, null, null, null, null, null, null, null, null);

}
