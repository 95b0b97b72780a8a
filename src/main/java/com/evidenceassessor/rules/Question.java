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
 * @param variants the question in other words for some items, where the general wording
 * does not fit them (a Moments post has no "conversation"; a camera video was not
 * obtained through an account): the first whose kinds and conditions the item meets
 * @param settledBy ids of remedies that establish the fact: tried for an item that leaves
 * it open, whether or not a finding on the item names them (a tie of the account credits
 * a video the client filmed, though no finding weighs its absence)
 */
public record Question(String field, List<String> kinds, String questionZh, String questionEn, Object best,
		Object worst, Map<String, List<Object>> when, List<String> answeredBy, List<Variant> variants,
		List<String> settledBy) {

	public Question {
		kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
		when = (when != null) ? Map.copyOf(when) : Map.of();
		answeredBy = (answeredBy != null) ? List.copyOf(answeredBy) : List.of();
		variants = (variants != null) ? List.copyOf(variants) : List.of();
		settledBy = (settledBy != null) ? List.copyOf(settledBy) : List.of();
	}

	/**
	 * The question in other words for the items of some kinds, or under some conditions.
	 *
	 * @param kinds the item kinds it is for (wire names); empty for all the question's
	 * @param when facts that must hold, as the question's {@code when}
	 * @param zh the question in Chinese
	 * @param en the question in English
	 * @param best the answer that favours the client for these items ({@code null}: the
	 * question's)
	 * @param worst the answer that hurts the client for these items ({@code null}: the
	 * question's): a camera video cannot have been got by logging into an account
	 */
	public record Variant(List<String> kinds, Map<String, List<Object>> when, String zh, String en, Object best,
			Object worst) {

		public Variant {
			kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
			when = (when != null) ? Map.copyOf(when) : Map.of();
		}

	}

}
