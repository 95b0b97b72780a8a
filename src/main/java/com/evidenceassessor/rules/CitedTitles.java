package com.evidenceassessor.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which instruments and laws a citation names. One is named by its title or its short
 * title followed by 第 (an article: 电子签名法第七条) or （ (a bracket: 民事诉讼法（2012）第六十五条,
 * 民法典第五百九十八条（出卖人交付标的物）), so 婚姻法 is not named by 婚姻法解释（二）第十条. Where names overlap the
 * longest wins: 劳动合同法第三十一条 names the Labour Contract Law, not the Contract Law. A name
 * two entries share (the two Evidence Provisions' full title) names neither.
 */
public final class CitedTitles {

	/** Each name with the id it names, longest first, by the name's first character. */
	private final Map<Character, List<Map.Entry<String, String>>> namesByFirst;

	public CitedTitles(Collection<Instrument> instruments) {
		Map<String, String> byName = new HashMap<>();
		Set<String> shared = new LinkedHashSet<>();
		for (Instrument instrument : instruments) {
			Stream.of(instrument.title(), instrument.shortTitle())
				.filter(name -> name != null && !name.isBlank())
				.forEach(name -> {
					String other = byName.putIfAbsent(name, instrument.id());
					if (other != null && !other.equals(instrument.id())) {
						shared.add(name);
					}
				});
		}
		shared.forEach(byName::remove);
		this.namesByFirst = byName.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
				.thenComparing(Map.Entry::getKey))
			.map(e -> Map.entry(e.getKey(), e.getValue()))
			.collect(Collectors.groupingBy(e -> e.getKey().charAt(0), Collectors.toList()));
	}

	/** The ids of the entries the texts name, in the order first named. */
	public Set<String> in(Collection<String> texts) {
		Set<String> named = new LinkedHashSet<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			int at = 0;
			while (at < text.length()) {
				Map.Entry<String, String> name = nameAt(text, at);
				if (name != null) {
					named.add(name.getValue());
					at += name.getKey().length();
				}
				else {
					at++;
				}
			}
		}
		return named;
	}

	/** The longest name that starts here and is followed by an article or a bracket. */
	private Map.Entry<String, String> nameAt(String text, int at) {
		for (Map.Entry<String, String> name : this.namesByFirst.getOrDefault(text.charAt(at), List.of())) {
			int end = at + name.getKey().length();
			if (end < text.length() && text.startsWith(name.getKey(), at)
					&& (text.charAt(end) == '第' || text.charAt(end) == '（')) {
				return name;
			}
		}
		return null;
	}

}
