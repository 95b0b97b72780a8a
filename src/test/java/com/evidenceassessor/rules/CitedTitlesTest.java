package com.evidenceassessor.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citation names a law by its title or short title followed by an article or a bracket,
 * the longest name winning.
 */
class CitedTitlesTest {

	private final CitedTitles titles = new CitedTitles(List.of(law("marriage-law", "中华人民共和国婚姻法", "婚姻法"),
			law("marriage-2", "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）", "婚姻法解释（二）"), law("contract-law", "中华人民共和国合同法", "合同法"),
			law("labour-contract-law", "中华人民共和国劳动合同法", "劳动合同法"), law("civil-code", "中华人民共和国民法典", "民法典"),
			law("civil-code-marriage-1", "最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）", "民法典婚姻家庭编解释（一）"),
			law("cpl", "中华人民共和国民事诉讼法", "民事诉讼法"), law("labour-1", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "劳动争议解释（一）"),
			law("evidence-2001", "最高人民法院关于民事诉讼证据的若干规定", "证据规定（2001）"),
			law("evidence-2019", "最高人民法院关于民事诉讼证据的若干规定", "证据规定（2019）")));

	@Test
	void aNameIsFollowedByAnArticleOrABracket() {
		assertThat(this.titles.in(List.of("婚姻法解释（二）第十条（请求返还按照习俗给付的彩礼）"))).containsExactly("marriage-2");
		assertThat(this.titles.in(List.of("婚姻法第三条"))).containsExactly("marriage-law");
		assertThat(this.titles.in(List.of("民法典婚姻家庭编解释（一）第五条"))).containsExactly("civil-code-marriage-1");
		assertThat(this.titles.in(List.of("民事诉讼法（2012）第六十五条第二款"))).containsExactly("cpl");
		assertThat(this.titles.in(List.of("依民法典规定", "合同法", "民事诉讼法的规定"))).isEmpty();
	}

	@Test
	void theLongestNameWins() {
		assertThat(this.titles.in(List.of("劳动法第四十四条；劳动合同法第三十一条"))).containsExactly("labour-contract-law");
		assertThat(this.titles.in(List.of("合同法第一百九十六条；民法典第六百七十五条；第一百九十五条"))).containsExactly("contract-law",
				"civil-code");
	}

	@Test
	void aFullTitleNamesItsLawUnlessTwoShareIt() {
		assertThat(this.titles.in(List.of("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）第四十二条", "中华人民共和国合同法第十条")))
			.containsExactly("labour-1", "contract-law");
		assertThat(this.titles.in(List.of("最高人民法院关于民事诉讼证据的若干规定第九条"))).isEmpty();
		assertThat(this.titles.in(List.of("证据规定（2019）第八十七条第（二）项"))).containsExactly("evidence-2019");
	}

	private static Instrument law(String id, String title, String shortTitle) {
		return new Instrument(id, title, shortTitle, id, null, null, LocalDate.parse("2000-01-01"), null, null, false,
				null, null, null, null);
	}

}
