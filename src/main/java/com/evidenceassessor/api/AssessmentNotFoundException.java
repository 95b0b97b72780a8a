package com.evidenceassessor.api;

/** No assessment with this id that the caller may see. */
class AssessmentNotFoundException extends RuntimeException {

	AssessmentNotFoundException(String id) {
		super("no assessment '" + id + "' among those you may see");
	}

}
