package com.evidenceassessor.rulebook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact spreadsheet: each sheet filtered with its header frozen; formulas stay text.
 */
class ImpactXlsxTest {

	@Test
	void everySheetHasFiltersAndAFrozenHeader() throws IOException {
		ImpactReport report = new ImpactReport("HEAD", "a", "b", 1, 0, List.of(), List.of(),
				List.of(new ImpactReport.Skipped("cases/broken/case.yaml", "line 3: expected a date")));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ImpactXlsx.write(report)))) {
			for (String name : List.of("impact", "skipped")) {
				XSSFSheet sheet = workbook.getSheet(name);
				assertThat(sheet.getPaneInformation()).as(name).isNotNull();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
				assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
			}
		}
	}

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
