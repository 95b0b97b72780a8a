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
	}

}
