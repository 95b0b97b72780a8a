package com.evidenceassessor.rulebook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text a spreadsheet program would run as a formula stays text. */
class ImpactXlsxTest {

	@Test
	void formulaLikeTextGetsALeadingApostrophe() {
		assertThat(ImpactXlsx.neutralised("=1+1")).isEqualTo("'=1+1");
		assertThat(ImpactXlsx.neutralised("+86 138")).isEqualTo("'+86 138");
		assertThat(ImpactXlsx.neutralised("-2")).isEqualTo("'-2");
		assertThat(ImpactXlsx.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ImpactXlsx.neutralised("\tx")).isEqualTo("'\tx");
		assertThat(ImpactXlsx.neutralised("\rx")).isEqualTo("'\rx");
		assertThat(ImpactXlsx.neutralised("E1")).isEqualTo("E1");
		assertThat(ImpactXlsx.neutralised("")).isEmpty();
		assertThat(ImpactXlsx.neutralised(null)).isEmpty();
	}

}
