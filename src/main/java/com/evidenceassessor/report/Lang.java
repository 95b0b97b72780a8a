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
		if (limit.overdue()) {
			// the limit as written is what was missed, not what is still to do
			return pick("⚠ 已于 " + limit.dueBy() + " 届满：", "⚠ passed on " + limit.dueBy() + ": ")
					+ pick(limit.afterExpiry(), limit.afterExpiryEn()) + pick(" · 原期限：", " · the limit was: ") + words;
		}
		if (limit.afterExpiry() != null) {
			return pick(limit.dueBy() + " 前（可能已届满，见案件总体评估） · ",
					"by " + limit.dueBy() + " (it may have passed: see the case summary) · ") + words;
		}
		return (this == EN) ? "by " + limit.dueBy() + " · " + words : limit.dueBy() + " 前 · " + words;
	}

	/**
	 * Where the case stands against the time limit for evidence, when that matters: it
	 * has passed, or the case file does not say when the opinion is prepared for so it
	 * may have; {@code null} when it has not passed or the case file gives no time limit.
	 */
	public String timeLimit(Opinion.TimeLimit limit) {
		if (limit == null || Boolean.FALSE.equals(limit.passed()) || limit.afterExpiry() == null) {
			return null;
		}
		String after = pick(limit.afterExpiry(), limit.afterExpiryEn());
		if (Boolean.TRUE.equals(limit.passed())) {
			return pick("举证期限已于 " + limit.ends() + " 届满：",
					"The time limit for evidence ended on " + limit.ends() + ": ") + after;
		}
		return pick("案件材料未载明本意见的制作日期（preparedOn），无法判断举证期限（" + limit.ends() + " 届满）是否已过；如已届满：",
				"The case file does not say when this opinion is prepared for (preparedOn), so whether the time limit "
						+ "for evidence (ending " + limit.ends() + ") has passed is not known; if it has: ")
				+ after;
	}

}
