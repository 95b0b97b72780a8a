package com.evidenceassessor.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.evidenceassessor.facts.Completeness;
import com.evidenceassessor.facts.CopyCheck;
import com.evidenceassessor.facts.Custody;
import com.evidenceassessor.facts.Dispute;
import com.evidenceassessor.facts.Identity;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.NotarizationScope;
import com.evidenceassessor.facts.PaymentDetails;
import com.evidenceassessor.facts.Presumptions;
import com.evidenceassessor.facts.Relationship;
import com.evidenceassessor.facts.SubmissionForm;

/**
 * What the dice drew for an item, made consistent with what else is true of it: facts
 * that cannot go together in a real case (a bill with the phone's facts, a payment the
 * opponent made and disputes, a record shown at the hearing yet not cross-examined) are
 * put right after they are drawn, so the dice are drawn in the same order whatever the
 * item is.
 */
final class Consistency {

	private Consistency() {
	}

	/**
	 * A bill is an export of the payment platform's records, which the platform keeps and
	 * can issue again (as Tenpay's transaction proof): no phone holds its original, so
	 * the phone's facts are none of its own. Drawn with the rest, then dropped: whether
	 * the phone is kept, backed up or gone, whether the bill was shown on it or checked
	 * against it. Otherwise a lost phone would make the bill "a copy that cannot be
	 * checked against the original" (证据规定第九十条第（五）项). And the file written is the
	 * platform's own export, directly derived from its data, never retyped.
	 */
	static Custody exported(Custody c) {
		return new Custody(null, null, null, c.form(), Boolean.TRUE, null, null, c.notarized(), c.notarizationScope(),
				c.preservationPlatform(), c.preservationCertificateId(), c.hashRecorded(), c.hashMatches(),
				c.trustedTimestamp(), c.electronicSignatureVerified(), c.blockchainDeposited(), c.blockchainVerified(),
				c.depositTime(), c.preChainProvenanceShown(), c.courtPreserved(), c.forensicReport(), c.extractedBy(),
				c.extractionReproducible());
	}

	/**
	 * A chat the client uploads as a text file is its own text of the chat, which WeChat
	 * does not write: whether it is a direct output of the data (证据规定第十五条第二款) is not
	 * said, unless it was found to match the original or someone other than the client
	 * extracted it.
	 */
	static Custody uploadedAsText(Custody c) {
		if (c.form() != SubmissionForm.ELECTRONIC_UPLOAD || !Boolean.TRUE.equals(c.directOutput())
				|| c.copyCheck() == CopyCheck.VERIFIED || c.extractedIndependently()) {
			return c;
		}
		return new Custody(c.originalDeviceKept(), c.backedUp(), c.shownInCourt(), c.form(), null, c.copyCheck(),
				c.originalUnavailableReason(), c.notarized(), c.notarizationScope(), c.preservationPlatform(),
				c.preservationCertificateId(), c.hashRecorded(), c.hashMatches(), c.trustedTimestamp(),
				c.electronicSignatureVerified(), c.blockchainDeposited(), c.blockchainVerified(), c.depositTime(),
				c.preChainProvenanceShown(), c.courtPreserved(), c.forensicReport(), c.extractedBy(),
				c.extractionReproducible());
	}

	/**
	 * Data is put on chain to be filed: not after the last day it could be (the time
	 * limit for evidence, the day the opinion is prepared for, the law date, whichever
	 * comes first), and not before the record itself. A deposit drawn later is moved to
	 * that day, or just after the record where the record is itself later.
	 */
	static Custody depositedBy(Custody c, LocalDateTime recorded, LocalDate lastDay) {
		LocalDateTime latest = lastDay.atTime(10, 0);
		if (c.depositTime() == null || !c.depositTime().isAfter(latest)) {
			return c;
		}
		LocalDateTime moved = (recorded != null && !recorded.isBefore(latest)) ? recorded.plusHours(1) : latest;
		return new Custody(c.originalDeviceKept(), c.backedUp(), c.shownInCourt(), c.form(), c.directOutput(),
				c.copyCheck(), c.originalUnavailableReason(), c.notarized(), c.notarizationScope(),
				c.preservationPlatform(), c.preservationCertificateId(), c.hashRecorded(), c.hashMatches(),
				c.trustedTimestamp(), c.electronicSignatureVerified(), c.blockchainDeposited(), c.blockchainVerified(),
				moved, c.preChainProvenanceShown(), c.courtPreserved(), c.forensicReport(), c.extractedBy(),
				c.extractionReproducible());
	}

	/**
	 * A bill is Tenpay's export of its records, with full dates and times, made by no
	 * chat client on the phone: drawn with the rest, then dropped, are the environment it
	 * was made in (the WeChat client, a fake-chat generator) and whether its timestamps
	 * are full and its content clear.
	 */
	static Completeness exportedInFull(Completeness c) {
		return new Completeness(c.wholeConversation(), c.selectiveExcerpt(), c.timeGaps(), c.deletedOrRecalled(),
				c.editingSigns(), null, null, c.opponentResponds());
	}

	/**
	 * What the opponent can hold against the client's own export is in the file itself,
	 * which the bills reader checks (totals that do not add up, a payment with no row),
	 * and is answered by Tenpay's transaction proof; the case file's "reasonable grounds"
	 * (证据规定第六十一条) call for the original phone to be shown, which a bill has no use for,
	 * so they are left unsaid for a bill.
	 */
	static Dispute groundsAgainstAnExport(Dispute d) {
		return new Dispute(d.authenticityDisputed(), null, d.opponentCanVerify(), d.counterEvidence(),
				d.rebuttalSufficient(), d.rebuttalOverturns(), d.appraisal(), d.admittedByOpponent(),
				d.admissionRetracted(), d.submittedInTime(), d.crossExamined());
	}

	/**
	 * Counter-evidence "sufficient to overturn" (足以推翻) is the test only for what the
	 * court shall confirm — a notarised record (证据规定第九十四条第二款) or one the opponent
	 * acknowledged (第八十九条): for anything else the case file does not say it.
	 */
	static Dispute overturnsOnlyWhatIsConfirmed(Dispute d, Custody custody) {
		boolean confirmed = Boolean.TRUE.equals(custody.notarized()) || Boolean.TRUE.equals(d.admittedByOpponent());
		return confirmed ? d
				: new Dispute(d.authenticityDisputed(), d.reasonableGrounds(), d.opponentCanVerify(),
						d.counterEvidence(), d.rebuttalSufficient(), null, d.appraisal(), d.admittedByOpponent(),
						d.admissionRetracted(), d.submittedInTime(), d.crossExamined());
	}

	/**
	 * A payment the opponent does not deny: one he made to the client (a part-payment of
	 * the price, wages), or one his pleaded defence says he received as something else (a
	 * gift, the repayment of another debt, money from another relationship). Drawn
	 * disputed, it is not, with none of what goes with a dispute (grounds,
	 * counter-evidence, an appraisal); the opponent, no longer said to dispute it, is no
	 * longer said to have refused to acknowledge it, unless he denies the account it came
	 * from.
	 */
	static Dispute undisputedPayment(Dispute d, Identity account) {
		if (!Boolean.TRUE.equals(d.authenticityDisputed())) {
			return d;
		}
		Boolean admitted = (account != null && Boolean.FALSE.equals(account.admittedByOpponent())) ? Boolean.FALSE
				: null;
		return new Dispute(Boolean.FALSE, null, d.opponentCanVerify(), null, null, null, null, admitted, null,
				d.submittedInTime(), d.crossExamined());
	}

	/**
	 * How the item stands at the hearing: one shown on the original device in court or at
	 * an evidence exchange was shown there to the other side to be cross-examined, so it
	 * is cross-examined, whatever was drawn; a record made after the time limit for
	 * evidence ended (a demand sent, a bill exported then) cannot have been submitted
	 * within it, so drawn in time it is late, or, where the case file does not show the
	 * limit to have ended by the day the opinion is prepared ({@code periodOver} false),
	 * not said either way.
	 */
	static Dispute asHeard(Dispute d, Custody custody, LocalDateTime time, LocalDate evidencePeriodEnds,
			boolean periodOver) {
		boolean shown = Boolean.TRUE.equals(custody.shownInCourt()) && !Boolean.TRUE.equals(d.crossExamined());
		boolean late = evidencePeriodEnds != null && time != null && time.toLocalDate().isAfter(evidencePeriodEnds)
				&& Boolean.TRUE.equals(d.submittedInTime());
		if (!shown && !late) {
			return d;
		}
		return new Dispute(d.authenticityDisputed(), d.reasonableGrounds(), d.opponentCanVerify(), d.counterEvidence(),
				d.rebuttalSufficient(), d.rebuttalOverturns(), d.appraisal(), d.admittedByOpponent(),
				d.admissionRetracted(), late ? (periodOver ? Boolean.FALSE : null) : d.submittedInTime(),
				shown ? Boolean.TRUE : d.crossExamined());
	}

	/**
	 * An appraisal's result is in the case file only once the suit has run long enough:
	 * the claim filed and served, the item disputed at the exchange, the appraisal
	 * applied for within the time limit for evidence and its report delivered. Drawn for
	 * a record made less than {@value #DAYS_TO_APPRAISE} days before the time limit
	 * ended, or before that limit has passed, it is left out.
	 */
	static Dispute appraisedInTime(Dispute d, LocalDateTime itemTime, LocalDate periodEnds, boolean periodOver) {
		boolean room = periodOver && itemTime != null && periodEnds != null
				&& !itemTime.toLocalDate().plusDays(DAYS_TO_APPRAISE).isAfter(periodEnds);
		if (d.appraisal() == null || room) {
			return d;
		}
		return new Dispute(d.authenticityDisputed(), d.reasonableGrounds(), d.opponentCanVerify(), d.counterEvidence(),
				d.rebuttalSufficient(), d.rebuttalOverturns(), null, d.admittedByOpponent(), d.admissionRetracted(),
				d.submittedInTime(), d.crossExamined());
	}

	/**
	 * Days from a record to the end of the time limit for evidence that leave room for an
	 * appraisal.
	 */
	static final int DAYS_TO_APPRAISE = 90;

	/**
	 * A voiceprint compared is an appraisal made because the opponent denied the voice is
	 * theirs: the item is disputed, and not acknowledged.
	 */
	static Dispute voiceContested(Dispute d) {
		Boolean admitted = Boolean.TRUE.equals(d.admittedByOpponent()) ? Boolean.FALSE : d.admittedByOpponent();
		return new Dispute(Boolean.TRUE, d.reasonableGrounds(), d.opponentCanVerify(), d.counterEvidence(),
				d.rebuttalSufficient(), d.rebuttalOverturns(), d.appraisal(), admitted, null, d.submittedInTime(),
				d.crossExamined());
	}

	/**
	 * A copy found not to match its original is not one the opponent acknowledged: drawn
	 * acknowledged, it is said neither way; an opponent who cross-examined it disputed
	 * it, unless it is of a payment he made, which he does not deny.
	 */
	static Dispute asMismatched(Dispute d, Custody custody, boolean paidByOpponent) {
		if (custody.copyCheck() != CopyCheck.MISMATCH) {
			return d;
		}
		Boolean disputed = (Boolean.TRUE.equals(d.crossExamined()) && !paidByOpponent) ? Boolean.TRUE
				: d.authenticityDisputed();
		Boolean admitted = Boolean.TRUE.equals(d.admittedByOpponent()) ? null : d.admittedByOpponent();
		Boolean retracted = Boolean.TRUE.equals(d.admittedByOpponent()) ? null : d.admissionRetracted();
		return new Dispute(disputed, d.reasonableGrounds(), d.opponentCanVerify(), d.counterEvidence(),
				d.rebuttalSufficient(), d.rebuttalOverturns(), d.appraisal(), admitted, retracted, d.submittedInTime(),
				d.crossExamined());
	}

	/**
	 * A payment is not "held as a screenshot only" when the record was shown on the
	 * device, notarised or issued by the platform, when its e-voucher (Tenpay's record)
	 * was obtained, when the client's bill lists it, while the phone or a backup still
	 * holds the record in the app, when the copy was checked against the record, or when
	 * what is filed is a screen recording of the record or the app's backup export, not a
	 * screenshot: a case file says one or the other.
	 */
	static PaymentDetails heldAs(PaymentDetails payment, Custody custody, boolean billed) {
		boolean original = Boolean.TRUE.equals(custody.shownInCourt()) || Boolean.TRUE.equals(custody.notarized())
				|| custody.form() == SubmissionForm.ORIGINAL_DEVICE || custody.form() == SubmissionForm.PLATFORM_ISSUED
				|| billed || (payment != null && Boolean.TRUE.equals(payment.eVoucher())) || recordHeld(custody)
				|| custody.copyCheck() == CopyCheck.VERIFIED || custody.form() == SubmissionForm.SCREEN_RECORDING
				|| custody.form() == SubmissionForm.BACKUP_EXPORT;
		if (payment == null || !original || !Boolean.TRUE.equals(payment.screenshotOnly())) {
			return payment;
		}
		return new PaymentDetails(payment.amount(), payment.time(), payment.note(), payment.status(),
				payment.outgoing(), payment.payeeRealNameShown(), false, payment.eVoucher(), payment.specialDate());
	}

	/**
	 * The record in the app is still there to show: the phone holding it is kept, or the
	 * chat is backed up off it.
	 */
	private static boolean recordHeld(Custody custody) {
		return Boolean.TRUE.equals(custody.originalDeviceKept()) || Boolean.TRUE.equals(custody.backedUp());
	}

	/**
	 * A copy checked against its original and found to match shows no signs of editing:
	 * drawn with them, it is not said to have them.
	 */
	static Completeness unEditedIfVerified(Completeness c, Custody custody) {
		if (custody.copyCheck() != CopyCheck.VERIFIED || !Boolean.TRUE.equals(c.editingSigns())) {
			return c;
		}
		return unedited(c);
	}

	/**
	 * A text or a payment that a notary, a platform or the court extracted is WeChat's
	 * own drawing of the data, captured by them: it bears no signs of the client's
	 * editing (what the rules read of 93-7's editing signs is the client's copy).
	 */
	static Completeness unEditedIfExtractedByOthers(Completeness c, Custody custody, ItemKind kind) {
		boolean drawnByWeChat = kind == ItemKind.TEXT || kind.payment();
		if (!drawnByWeChat || !custody.fixedByThirdParty() || !Boolean.TRUE.equals(c.editingSigns())) {
			return c;
		}
		return unedited(c);
	}

	private static Completeness unedited(Completeness c) {
		return new Completeness(c.wholeConversation(), c.selectiveExcerpt(), c.timeGaps(), c.deletedOrRecalled(),
				Boolean.FALSE, c.fullTimestamps(), c.contentClear(), c.opponentResponds());
	}

	/**
	 * A chat filed as the app's export of its messages (docs/case-file.md: a text file)
	 * shows each message's date and time unless said to show the time of day only.
	 */
	static Completeness datedIfExported(Completeness c, boolean exported) {
		return (!exported || c.fullTimestamps() != null) ? c : dated(c);
	}

	/**
	 * A notary who recorded the whole extraction recorded the messages as the device
	 * shows them, dates included: such a record is not said to show the time of day only.
	 */
	static Completeness datedIfNotarised(Completeness c, Custody custody) {
		boolean extracted = Boolean.TRUE.equals(custody.notarized())
				&& custody.notarizationScope() == NotarizationScope.EXTRACTION_PROCESS;
		return (!extracted || !Boolean.FALSE.equals(c.fullTimestamps())) ? c : dated(c);
	}

	/**
	 * What the court preserved it extracted itself, as the record stood (证据规定第二十七条): the
	 * selection is not the party's, so such a record is not said to be the party's
	 * selective excerpt.
	 */
	static Completeness wholeIfCourtPreserved(Completeness c, Custody custody) {
		if (!Boolean.TRUE.equals(custody.courtPreserved()) || !Boolean.TRUE.equals(c.selectiveExcerpt())) {
			return c;
		}
		return new Completeness(null, Boolean.FALSE, c.timeGaps(), c.deletedOrRecalled(), c.editingSigns(),
				c.fullTimestamps(), c.contentClear(), c.opponentResponds());
	}

	/**
	 * A conversation with messages deleted or recalled is not the whole conversation:
	 * such a record is not said to be whole (review round 41).
	 */
	static Completeness notWholeIfDeleted(Completeness c) {
		if (!Boolean.TRUE.equals(c.deletedOrRecalled()) || !Boolean.TRUE.equals(c.wholeConversation())) {
			return c;
		}
		return new Completeness(Boolean.FALSE, c.selectiveExcerpt(), c.timeGaps(), c.deletedOrRecalled(),
				c.editingSigns(), c.fullTimestamps(), c.contentClear(), c.opponentResponds());
	}

	/** The same completeness, with every message's full date shown. */
	private static Completeness dated(Completeness c) {
		return new Completeness(c.wholeConversation(), c.selectiveExcerpt(), c.timeGaps(), c.deletedOrRecalled(),
				c.editingSigns(), Boolean.TRUE, c.contentClear(), c.opponentResponds());
	}

	/**
	 * Whether the opponent answered in the record, as its messages show.
	 */
	static Completeness answered(Completeness c, boolean opponentWrote) {
		return new Completeness(c.wholeConversation(), c.selectiveExcerpt(), c.timeGaps(), c.deletedOrRecalled(),
				c.editingSigns(), c.fullTimestamps(), c.contentClear(), opponentWrote);
	}

	/**
	 * The record's messages name no one: it does not identify the party by its content.
	 */
	static Identity namingNoOne(Identity i) {
		if (!Boolean.TRUE.equals(i.contentSelfIdentifies())) {
			return i;
		}
		return new Identity(i.wechatIdShown(), i.profilePageShown(), i.phoneMatchesParty(), i.realNameViaPayment(),
				i.platformRecord(), i.admittedByOpponent(), i.voiceprint(), Boolean.FALSE, i.thirdPartyIdentification(),
				i.accountMisuseClaimed(), i.accountMisuseEvidence(), i.actsForParty(), i.clientPaidAccount());
	}

	/**
	 * No phone of the party is on file: whether the account is bound to it is not said.
	 */
	static Identity phoneUnchecked(Identity i) {
		return new Identity(i.wechatIdShown(), i.profilePageShown(), null, i.realNameViaPayment(), i.platformRecord(),
				i.admittedByOpponent(), i.voiceprint(), i.contentSelfIdentifies(), i.thirdPartyIdentification(),
				i.accountMisuseClaimed(), i.accountMisuseEvidence(), i.actsForParty(), i.clientPaidAccount());
	}

	/**
	 * The organisation has admitted in the proceedings that the account's user is its
	 * staff member acting for it (an employer's answer naming the worker's supervisor).
	 */
	static Identity actingForParty(Identity i) {
		return new Identity(i.wechatIdShown(), i.profilePageShown(), i.phoneMatchesParty(), i.realNameViaPayment(),
				i.platformRecord(), i.admittedByOpponent(), i.voiceprint(), i.contentSelfIdentifies(),
				i.thirdPartyIdentification(), i.accountMisuseClaimed(), i.accountMisuseEvidence(), Boolean.TRUE,
				i.clientPaidAccount());
	}

	/**
	 * No payment record of the case shows the account's real name: whether one exists
	 * elsewhere is left unsaid.
	 */
	static Identity realNameUnsaid(Identity i) {
		if (!Boolean.TRUE.equals(i.realNameViaPayment())) {
			return i;
		}
		return new Identity(i.wechatIdShown(), i.profilePageShown(), i.phoneMatchesParty(), null, i.platformRecord(),
				i.admittedByOpponent(), i.voiceprint(), i.contentSelfIdentifies(), i.thirdPartyIdentification(),
				i.accountMisuseClaimed(), i.accountMisuseEvidence(), i.actsForParty(), i.clientPaidAccount());
	}

	/**
	 * A payment the client received, filed in its claim, may be against its interest (a
	 * part paid, lowering the claim): drawn "not adverse", it is said neither way.
	 */
	static Presumptions notDeniedAdverseIfReceived(Presumptions p, PaymentDetails payment) {
		if (payment == null || !Boolean.FALSE.equals(payment.outgoing())
				|| !Boolean.FALSE.equals(p.adverseToSubmitter())) {
			return p;
		}
		return new Presumptions(null, p.neutralPlatform(), p.normalBusiness(), p.archivalCustody(), p.agreedChannel());
	}

	/**
	 * Parties agree how data is kept, sent or extracted (证据规定第九十四条第一款第（五）项) in business
	 * or at work, by contract or instruction: a couple, a family or friends chatting on
	 * WeChat have agreed no such thing, and the fact is left unsaid.
	 */
	static Presumptions agreedOnlyAtWork(Presumptions p, Relationship relationship) {
		boolean atWork = relationship == Relationship.BUSINESS || relationship == Relationship.EMPLOYMENT;
		if (atWork || !Boolean.TRUE.equals(p.agreedChannel())) {
			return p;
		}
		return new Presumptions(p.adverseToSubmitter(), p.neutralPlatform(), p.normalBusiness(), p.archivalCustody(),
				null);
	}

}
