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
	 * case file gives it, and what follows when that day has passed; {@code null} when no
	 * deadline applies.
	 */
	public String deadline(String zh, String en, LocalDate dueBy, boolean overdue) {
		if (zh == null) {
			return null;
		}
		String words = pick(zh, en);
		if (dueBy == null) {
			return words;
		}
		if (overdue) {
			return (this == EN) ? "⚠ passed on " + dueBy
					+ ": evidence filed late must be explained to the court; evidence late by intent or gross "
					+ "negligence is refused unless it bears on the basic facts, which is admitted with a reprimand or fine "
					+ "(民诉法解释 Arts. 101, 102) · " + words
					: "⚠ 已于 " + dueBy + " 届满：逾期提供证据应向法院说明理由；因故意或者重大过失逾期的不予采纳，但与案件基本事实有关的，应当采纳并予以训诫、罚款"
							+ "（民诉法解释第一百零一条、第一百零二条） · " + words;
		}
		return (this == EN) ? "by " + dueBy + " · " + words : dueBy + " 前 · " + words;
	}

}
