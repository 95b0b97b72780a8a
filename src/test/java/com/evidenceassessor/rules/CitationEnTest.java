package com.evidenceassessor.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationEnTest {

	@Test
	void chineseNumeralsBecomeArabic() {
		assertThat(CitationEn.number("十四")).isEqualTo(14);
		assertThat(CitationEn.number("九十三")).isEqualTo(93);
		assertThat(CitationEn.number("一百零六")).isEqualTo(106);
		assertThat(CitationEn.number("二百二十九")).isEqualTo(229);
		assertThat(CitationEn.number("一千零三十三")).isEqualTo(1033);
	}

	@Test
	void provisionsBecomeArticleParagraphItem() {
		assertThat(CitationEn.of("第九十三条第一款第（四）项")).isEqualTo("Art. 93(1)(iv)");
		assertThat(CitationEn.of("第九十四条第一款（但书）")).isEqualTo("Art. 94(1) (proviso)");
		assertThat(CitationEn.of("第十四条；电子签名法第七条")).isEqualTo("Art. 14; Electronic Signature Law Art. 7");
		assertThat(CitationEn.of("第九条第一款第（六）项；民事诉讼法第六十九条")).isEqualTo("Art. 9(1)(vi); Civil Procedure Law Art. 69");
	}

	@Test
	void itemsAfterAnArticleAndBracketsBecomeEnglishToo() {
		assertThat(CitationEn.of("第九十三条第一款第（四）项、第（六）项")).isEqualTo("Art. 93(1)(iv), (vi)");
		assertThat(CitationEn.of("第十一条第二款（普通法院参照）")).isEqualTo("Art. 11(2) (followed by analogy in ordinary courts)");
		assertThat(CitationEn.of("参照证据规定第九十条第（四）项")).isEqualTo("by analogy Evidence Provisions Art. 90(iv)");
	}

	@Test
	void practiceTopicsAreGivenInEnglishFromTheInstrument() {
		Instrument practice = new Instrument("wechat-practice", "微信证据实务指引", "实务指引", "Practice guidance",
				"Practice guidance", null, java.time.LocalDate.of(2013, 1, 1), null, "", false, null,
				java.util.Map.of("身份认定", "identity"), null, true);
		assertThat(CitationEn.of(practice.topicsInEnglish("（身份认定）；证据规定第八十七条第（二）项")))
			.isEqualTo("(identity); Evidence Provisions Art. 87(ii)");
		assertThat(CitationEn.of(practice.topicsInEnglish("（视频：剪辑痕迹）"))).as("a topic without English")
			.isEqualTo("(视频：剪辑痕迹)");
	}

	@Test
	void everyRulesCitationIsInEnglishOnEveryDay() {
		// review round 44: 彩礼规定Art. 3(1), 民法总则Art. 170 were left in Chinese
		RuleSet ruleSet = RuleSetLoader.load(java.nio.file.Path.of("rules"));
		java.util.List<java.time.LocalDate> days = java.util.stream.IntStream.rangeClosed(2012, 2026)
			.mapToObj(year -> java.time.LocalDate.of(year, 6, 1))
			.toList();
		java.util.regex.Pattern chineseOutsideBrackets = java.util.regex.Pattern
			.compile("^[^(]*\\p{IsHan}|\\)[^(]*\\p{IsHan}");
		java.util.Set<String> chinese = new java.util.TreeSet<>();
		ruleSet.rules()
			.values()
			.forEach(rule -> days.stream()
				.map(day -> rule.citationEnOn(day, day))
				.filter(citation -> chineseOutsideBrackets.matcher(citation).find())
				.forEach(citation -> chinese.add(rule.id() + ": " + citation)));
		assertThat(chinese).isEmpty();
	}

}
