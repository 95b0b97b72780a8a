package com.evidenceassessor.report;

/**
 * No font with Chinese glyphs can be used for a PDF report; the message says what to
 * install or configure.
 */
public class CjkFontMissingException extends RuntimeException {

	public CjkFontMissingException(String message) {
		super(message);
	}

}
