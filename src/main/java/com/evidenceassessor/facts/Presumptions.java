package com.evidenceassessor.facts;

/**
 * The situations in which the court may presume electronic data authentic (证据规定 Art.
 * 94(1)).
 *
 * @param adverseToSubmitter the data is adverse to the party who submitted or kept it (一)
 * @param neutralPlatform a neutral third-party platform that records and keeps the data
 * provided or confirmed it (二)
 * @param normalBusiness the data was formed in normal business activity (三)
 * @param archivalCustody the data was kept under archival management (四)
 * @param agreedChannel the data was kept, sent or extracted in a way the parties agreed
 * (五)
 */
public record Presumptions(Boolean adverseToSubmitter, Boolean neutralPlatform, Boolean normalBusiness,
		Boolean archivalCustody, Boolean agreedChannel) {

	static final Presumptions UNKNOWN = new Presumptions(null, null, null, null, null);

}
