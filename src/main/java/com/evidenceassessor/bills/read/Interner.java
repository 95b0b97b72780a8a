package com.evidenceassessor.bills.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one copy of the texts that repeat across a bill's rows (types, statuses,
 * methods, counterparties), so a 100,000-row bill stays small in memory.
 */
public final class Interner {

	private static final int MAX_ENTRIES = 20_000;

	private final Map<String, String> seen = new HashMap<>();

	private final boolean enabled;

	/**
	 * @param enabled {@code false} when rows are streamed and not kept: sharing then only
	 * costs time
	 */
	public Interner(boolean enabled) {
		this.enabled = enabled;
	}

	public String intern(String text) {
		if (text == null || !this.enabled) {
			return text;
		}
		String known = this.seen.get(text);
		if (known != null) {
			return known;
		}
		if (this.seen.size() < MAX_ENTRIES) {
			this.seen.put(text, text);
		}
		return text;
	}

}
