package com.evidenceassessor.bills.evidence;

import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.facts.Party;

/**
 * The names a bill row uses for the other side: WeChat writes {@code 发给张小花} for a sent
 * red packet and {@code 陈静 (静静)} (nickname and the holder's remark) for transfers.
 */
final class CounterpartyNames {

	private CounterpartyNames() {
	}

	/** The names in a row's 交易对方, without {@code 发给} and split at the remark. */
	static List<String> of(String counterparty) {
		List<String> names = new ArrayList<>();
		if (counterparty == null) {
			return names;
		}
		String text = counterparty.strip();
		if (text.startsWith("发给")) {
			text = text.substring(2).strip();
		}
		int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
		if (open > 0 && (text.endsWith(")") || text.endsWith("）"))) {
			add(names, text.substring(open + 1, text.length() - 1));
			text = text.substring(0, open);
		}
		add(names, text);
		return names;
	}

	/**
	 * {@code true} when the row names the party (name or WeChat ID); {@code null} when it
	 * cannot be told — bills show nicknames, which need not be the party's name.
	 */
	static Boolean names(Party party, String counterparty) {
		if (party == null) {
			return null;
		}
		for (String name : of(counterparty)) {
			if (name.equals(party.name()) || party.wechatIds().contains(name)) {
				return Boolean.TRUE;
			}
		}
		return null;
	}

	private static void add(List<String> names, String name) {
		String trimmed = name.strip();
		if (!trimmed.isEmpty() && !"/".equals(trimmed)) {
			names.add(trimmed);
		}
	}

}
