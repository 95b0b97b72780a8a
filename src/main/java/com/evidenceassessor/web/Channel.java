package com.evidenceassessor.web;

/** How an assessment reached the server. */
public enum Channel {

	/** A case file uploaded on the new-assessment page. */
	UPLOAD,
	/** The guided form's quick single-item check. */
	FORM,
	/** The REST API. */
	API

}
