package com.evidenceassessor.facts;

/** The form in which the item is put before the court (证据规定 Art. 15). */
public enum SubmissionForm {

	ORIGINAL_DEVICE, SCREENSHOT, PRINTOUT, BACKUP_EXPORT, SCREEN_RECORDING, NOTARIAL_CERTIFICATE, PLATFORM_CERTIFICATE,
	BLOCKCHAIN_CERTIFICATE, COURT_PRESERVATION, FORENSIC_REPORT, ELECTRONIC_UPLOAD, PLATFORM_ISSUED;

	/**
	 * A record a third party issued when it fixed the data: a notarial, platform or
	 * blockchain certificate, a court preservation, a forensic report, or a platform's
	 * own record (Art. 94).
	 */
	public boolean issuedByThirdParty() {
		return switch (this) {
			case NOTARIAL_CERTIFICATE, PLATFORM_CERTIFICATE, BLOCKCHAIN_CERTIFICATE, COURT_PRESERVATION,
					FORENSIC_REPORT, PLATFORM_ISSUED ->
				true;
			default -> false;
		};
	}

}
