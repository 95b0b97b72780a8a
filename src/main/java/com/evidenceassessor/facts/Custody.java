package com.evidenceassessor.facts;

import java.time.LocalDateTime;

/**
 * How the item was kept, collected, preserved and presented (证据规定 Arts. 11, 15, 23, 61,
 * 93(4)(6), 94(2); 互联网法院规定 Art. 11; 在线诉讼规则 Arts. 16–18). Every field is optional:
 * {@code null} means the case file does not say, which the rules treat as unknown, never
 * as false.
 *
 * @param originalDeviceKept the phone or computer that holds the record still exists and
 * holds it
 * @param backedUp the record is also backed up off the device that holds it (desktop
 * WeChat's Backup and Restore, or another full backup): Tencent keeps no chat content, so
 * without a backup the device holds the only copy
 * @param shownInCourt the record was shown on the original device, logged in, in court or
 * at an evidence exchange
 * @param form the form the item is submitted in
 * @param directOutput the screenshot, printout or export is a direct output of the data,
 * not retyped or recomposed (Art. 15(2))
 * @param copyCheck whether the copy was compared with the original
 * @param originalUnavailableReason why the original cannot be produced, if it cannot
 * @param notarized the content was notarised (Art. 94(2))
 * @param notarizationScope what the notarisation covered
 * @param preservationPlatform a neutral electronic-evidence preservation platform
 * certified it
 * @param preservationCertificateId the platform's certificate number
 * @param hashRecorded a hash of the data was recorded when it was fixed
 * @param hashMatches the recorded hash matches the data submitted
 * @param trustedTimestamp a trusted timestamp covers the data
 * @param electronicSignatureVerified a reliable electronic signature was verified
 * @param blockchainDeposited the data was deposited on a blockchain
 * @param blockchainVerified technical verification shows the data matches the deposit
 * @param depositTime when the data was put on chain
 * @param preChainProvenanceShown the submitter shows where the data came from before it
 * was put on chain (在线诉讼规则 Art. 18)
 * @param courtPreserved the court preserved the data (Art. 23, 27)
 * @param forensicReport a forensic institution examined and reported on it
 * @param extractedBy who extracted and fixed the data
 * @param extractionReproducible the extraction can be repeated and gives the same result
 */
public record Custody(Boolean originalDeviceKept, Boolean backedUp, Boolean shownInCourt, SubmissionForm form,
		Boolean directOutput, CopyCheck copyCheck, OriginalUnavailableReason originalUnavailableReason,
		Boolean notarized, NotarizationScope notarizationScope, Boolean preservationPlatform,
		String preservationCertificateId, Boolean hashRecorded, Boolean hashMatches, Boolean trustedTimestamp,
		Boolean electronicSignatureVerified, Boolean blockchainDeposited, Boolean blockchainVerified,
		LocalDateTime depositTime, Boolean preChainProvenanceShown, Boolean courtPreserved, Boolean forensicReport,
		Extractor extractedBy, Boolean extractionReproducible) {

	static final Custody UNKNOWN = new Custody(null, null, null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null, null, null, null, null);

	/**
	 * The item is filed as a record a third party issued
	 * ({@link SubmissionForm#issuedByThirdParty}).
	 */
	public boolean filedAsThirdPartyRecord() {
		return this.form != null && this.form.issuedByThirdParty();
	}

	/**
	 * A notary, a preservation platform or the court has fixed the data, or it is filed
	 * as a record a third party issued: it no longer rests on the client's own copy.
	 */
	public boolean fixedByThirdParty() {
		return Boolean.TRUE.equals(this.notarized) || Boolean.TRUE.equals(this.preservationPlatform)
				|| Boolean.TRUE.equals(this.courtPreserved) || filedAsThirdPartyRecord();
	}

	/**
	 * Nothing accounts for where data put on chain was before its deposit (在线诉讼规则第十八条):
	 * the case file does not say its provenance was shown, and no notary, court, forensic
	 * institution or neutral platform extracted it (a third party's extraction from the
	 * original is that account: the rule names notarisation and a third party's witness
	 * among the proofs of the data's source).
	 */
	public boolean preChainOpen() {
		return !Boolean.TRUE.equals(this.preChainProvenanceShown) && !extractedIndependently();
	}

	/**
	 * The original is known to exist no more — lost, destroyed, deleted or on a phone
	 * replaced, and no backup holds it — as opposed to held elsewhere or hard to produce
	 * (证据规定第六十一条第（二）项 against 第（一）项). A backup or a migration keeps the original data, to
	 * be restored and shown.
	 */
	public boolean originalNoLongerExists() {
		boolean gone = this.originalUnavailableReason == OriginalUnavailableReason.LOST
				|| this.originalUnavailableReason == OriginalUnavailableReason.DESTROYED
				|| this.originalUnavailableReason == OriginalUnavailableReason.DELETED_BY_USER
				|| this.originalUnavailableReason == OriginalUnavailableReason.DEVICE_REPLACED;
		return gone && !Boolean.TRUE.equals(this.backedUp);
	}

	/**
	 * Someone other than the parties fixed the data — a notary, the court, a forensic
	 * institution or a neutral platform — so what was recorded when it was fixed (a hash,
	 * say) is an independent record, not the party's own (证据规定 Art. 93(1)(6)).
	 */
	public boolean fixedIndependently() {
		return fixedByThirdParty() || extractedIndependently();
	}

	/**
	 * A notary, the court, a forensic institution or a neutral platform extracted the
	 * data ({@link Extractor#independent()}), not the party or its lawyer.
	 */
	public boolean extractedIndependently() {
		return this.extractedBy != null && this.extractedBy.independent();
	}

}
