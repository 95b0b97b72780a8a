package com.evidenceassessor.report;

import com.evidenceassessor.assessment.Opinion;

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
	 * An action's time limit: the limit in words, after its last day when the case file
	 * gives it, and what follows when that day has passed; {@code null} when no time
	 * limit applies.
	 */
	public String deadline(Opinion.TimeLimited limit) {
		if (limit.deadline() == null) {
			return null;
		}
		String words = pick(limit.deadline(), limit.deadlineEn());
		if (limit.dueBy() == null) {
			return words;
		}
		if (limit.afterExpiry() != null) {
			return pick("⚠ 已于 " + limit.dueBy() + " 届满：", "⚠ passed on " + limit.dueBy() + ": ")
					+ pick(limit.afterExpiry(), limit.afterExpiryEn()) + " · " + words;
		}
		return (this == EN) ? "by " + limit.dueBy() + " · " + words : limit.dueBy() + " 前 · " + words;
	}

}
