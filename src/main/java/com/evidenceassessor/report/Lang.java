package com.evidenceassessor.report;

import java.util.ArrayList;
import java.util.List;

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
	 * Where the case stands against the time limit for evidence, when that matters: the
	 * day the court set was a rest day, so it ends later; the holidays of its year are
	 * not in the calendar; it has passed, or the case file does not say when the opinion
	 * is prepared for so it may have. {@code null} when none of these holds or the case
	 * file gives no time limit.
	 */
	public String timeLimit(Opinion.TimeLimit limit) {
		if (limit == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		if (limit.set() != null) {
			parts.add(moved(limit));
		}
		if (limit.endsAfterLawDate()) {
			String ends = limit.ends().toString();
			parts.add(pick("顺延后的届满日 " + ends + " 在本案适用法律日期（开庭日）之后：请向法院确认举证期限的届满日，证据至迟应在开庭前提交。", "The moved last day, "
					+ ends + ", falls after the case's law date (the hearing): confirm with the court"
					+ " when the time limit for evidence ends, and file the evidence before the hearing at the latest."));
		}
		if (!limit.holidaysChecked()) {
			parts.add(pick(
					"节假日表（rules/rest-days.yaml）未载 " + limit.ends().getYear() + " 年的放假安排，届满日 " + limit.ends()
							+ " 仅按周末判断是否顺延，请核对当年放假通知。",
					"The holiday calendar (rules/rest-days.yaml) has no arrangement for " + limit.ends().getYear()
							+ ": whether the last day, " + limit.ends()
							+ ", moves was judged by weekends only; check that year's holiday notice."));
		}
		String where = whereItStands(limit);
		if (where != null) {
			parts.add(where);
		}
		return parts.isEmpty() ? null : String.join(" ", parts);
	}

	private String moved(Opinion.TimeLimit limit) {
		String rest = (limit.holiday() != null)
				? pick("法定休假日（" + limit.holiday() + "）", "a rest day (" + limit.holiday() + ")")
				: pick("休息日", "a rest day");
		return pick(
				"法院确定的举证期限届满日 " + limit.set() + " 为" + rest + "，顺延至 " + limit.ends() + "（" + limit.movedBy()
						+ "）；各项期限按 " + limit.ends() + " 计算。",
				"The time limit for evidence the court set to end on " + limit.set() + ", " + rest + ", ends on "
						+ limit.ends() + " (" + limit.movedByEn() + "); every time limit is dated by " + limit.ends()
						+ ".");
	}

	private String whereItStands(Opinion.TimeLimit limit) {
		if (Boolean.FALSE.equals(limit.passed()) || limit.afterExpiry() == null) {
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
