package com.evidenceassessor.api;

/** A request body over its limit. */
class RequestTooLargeException extends RuntimeException {

	RequestTooLargeException(long limit) {
		super("the request body is larger than " + limit + " bytes, the limit for a case file; "
				+ "a case file describes the evidence, the files themselves go in a multipart upload");
	}

}
