package com.evidenceassessor.report;

import java.time.LocalDate;

/** The language of a rendered opinion. */
public enum Lang {

	/** Chinese, the default. */
	ZH,
	/** English. */
	EN;

	/** The Chinese or the English text, whichever this language is. */
	public String pick(String zh, String en) {
		return (this == EN && en != null) ? en : zh;
	}

	/**
	 * A remedy's deadline: the legal time limit in words, after its last day when the
	 * case file gives it; {@code null} when no deadline applies.
	 */
	public String deadline(String zh, String en, LocalDate dueBy) {
		if (zh == null) {
			return null;
		}
		String words = pick(zh, en);
		if (dueBy == null) {
			return words;
		}
		return (this == EN) ? "by " + dueBy + " · " + words : dueBy + " 前 · " + words;
	}

}
