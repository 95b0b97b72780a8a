package com.evidenceassessor.generate;

import java.util.Map;

/**
 * Writes files into a generated case folder beside {@code case.yaml} and records them on
 * the items they hold (path and SHA-256). This is where each kind of file the assessor
 * reads gets its generator: evidence files ({@link EvidenceFiles}), WeChat Pay bills
 * ({@link WeChatBills}); a new bill format (Alipay, the XLSX export, the proof PDF) adds
 * its writer here and to {@link CaseGenerator#withAllFiles}.
 */
interface CaseFiles {

	/**
	 * Adds files to {@code files} (path relative to the case folder → content) and
	 * records them on the draft's items.
	 */
	void add(CaseDraft draft, Map<String, byte[]> files);

}
