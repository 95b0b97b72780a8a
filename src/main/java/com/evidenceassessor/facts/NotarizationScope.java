package com.evidenceassessor.facts;

/** What a notarisation covered: the content shown, or the whole extraction process. */
public enum NotarizationScope {

	CONTENT_ONLY, EXTRACTION_PROCESS

}
