package com.evidenceassessor.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
		assertThat(CellText.safe("=1+1")).isEqualTo("'=1+1");
		assertThat(CellText.safe("+86 138 0000 1111")).isEqualTo("'+86 138 0000 1111");
		assertThat(CellText.safe("-2+3")).isEqualTo("'-2+3");
		assertThat(CellText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CellText.safe("\t=cmd")).isEqualTo("'\t=cmd");
		assertThat(CellText.safe("\r=cmd")).isEqualTo("'\r=cmd");
	}

	@Test
	void otherTextIsLeftAlone() {
		assertThat(CellText.safe("王芳诉赵磊民间借贷纠纷")).isEqualTo("王芳诉赵磊民间借贷纠纷");
		assertThat(CellText.safe("a=b")).isEqualTo("a=b");
		assertThat(CellText.safe(null)).isEmpty();
		assertThat(CellText.safe("")).isEmpty();
	}

	@Test
	void theProgressBarShowsCountsRateAndTimeLeft() {
		Progress progress = new Progress();
		progress.begin(200, 40, 3, 1);
		assertThat(ProgressBar.duration(42)).isEqualTo("42s");
		assertThat(ProgressBar.duration(125)).isEqualTo("2m05s");
		assertThat(ProgressBar.duration(7322)).isEqualTo("2h02m");
		assertThat(progress.done()).isEqualTo(44);
		assertThat(progress.doneBefore()).isEqualTo(44);
	}

}
