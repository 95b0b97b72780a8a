package com.evidenceassessor.batch;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * A case the job sets aside and goes on: the only exception the assessing step skips.
 * Anything else (the database, the disk) stops the job, to be resumed.
 */
final class CaseSkipped extends RuntimeException {

	private final SkipKind kind;

	private final Location location;

	private final String problem;

	CaseSkipped(SkipKind kind, Location location, String problem, Throwable cause) {
		super(location + ": " + problem, cause);
		this.kind = kind;
		this.location = location;
		this.problem = problem;
	}

	static CaseSkipped invalid(InputException ex) {
		return new CaseSkipped(SkipKind.INVALID_INPUT, ex.location(), ex.problem(), ex);
	}

	static CaseSkipped failed(CaseRef ref, RuntimeException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : "no message";
		return new CaseSkipped(SkipKind.FAILED, Location.file(ref.path()),
				"the assessment failed: " + ex.getClass().getSimpleName() + ": " + message, ex);
	}

	SkipKind kind() {
		return this.kind;
	}

	Location location() {
		return this.location;
	}

	String problem() {
		return this.problem;
	}

}
