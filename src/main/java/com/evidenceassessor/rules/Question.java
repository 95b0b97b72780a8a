package com.evidenceassessor.rules;

import java.util.List;
import java.util.Map;

/**
 * A fact the case file may leave unknown that can move an item's assessment, with the
 * answers that would be best and worst for the client, and the question to ask them.
 *
 * @param field the field path relative to the item, e.g.
 * {@code custody.originalDeviceKept}
 * @param kinds the item kinds it matters for (wire names); empty for all
 * @param questionZh the question in Chinese
 * @param questionEn the question in English
 * @param best the answer that favours the client
 * @param worst the answer that hurts the client
 * @param when facts that must hold for the question to matter, field path → allowed
 * values ({@code unknown} for a fact left open), as a remedy's {@code requires}: no
 * question on the grounds of a dispute the opponent has not raised
 * @param answeredBy ids of rules whose finding on the item already answers it (the
 * evidence file is a WeChat voice file: no question whether the original voice is kept)
 * @param byKind the question as put for an item of one kind (wire name), where the
 * general wording does not fit it (a Moments post has no "conversation")
 */
public record Question(String field, List<String> kinds, String questionZh, String questionEn, Object best,
		Object worst, Map<String, List<Object>> when, List<String> answeredBy, Map<String, Wording> byKind) {

	public Question {
		kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
		when = (when != null) ? Map.copyOf(when) : Map.of();
		answeredBy = (answeredBy != null) ? List.copyOf(answeredBy) : List.of();
		byKind = (byKind != null) ? Map.copyOf(byKind) : Map.of();
	}

	/** The question as put for an item of this kind (wire name). */
	public Wording wordingFor(String kind) {
		return this.byKind.getOrDefault(kind, new Wording(this.questionZh, this.questionEn));
	}

	/**
	 * A question's words.
	 *
	 * @param zh in Chinese
	 * @param en in English
	 */
	public record Wording(String zh, String en) {

	}

}
