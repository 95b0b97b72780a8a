package com.evidenceassessor.store;

/** The database cannot be opened; the message says why and what to do. */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException(String message) {
		super(message);
	}

}
