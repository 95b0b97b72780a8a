package com.evidenceassessor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.rules.RuleSetLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfRendererTest {

	private static Opinion opinion;

	@BeforeAll
	static void assessExample() {
		Assessor assessor = Assessor.of(RuleSetLoader.load(Path.of("rules")));
		opinion = assessor.assess(CaseFileReader.read(Path.of("cases/voice-only-loan-acknowledgement")));
	}

	@Test
	void theChineseOpinionIsAPdfWithItsTextAndAnEmbeddedCjkFont() throws IOException {
		byte[] pdf = new PdfRenderer(() -> CjkFont.locate(null)).render(opinion, Lang.ZH, "评估编号 test");
		Files.createDirectories(Path.of("target/reports"));
		Files.write(Path.of("target/reports/voice-only-loan-acknowledgement.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("微信电子证据采信风险评估意见", "王芳诉赵磊民间借贷纠纷", "第九十条", "庭前补强建议", "第 1 页");
			PDFont font = document.getPage(0)
				.getResources()
				.getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
		}
	}

	@Test
	void thePdfShowsTheEvidenceChainTheCasePlanAndEachItemsPlan() throws IOException {
		Opinion sale = Assessor.of(RuleSetLoader.load(Path.of("rules")))
			.assess(CaseFileReader.read(Path.of("cases/sale-of-goods-deposit")));
		byte[] pdf = new PdfRenderer(() -> CjkFont.locate(null)).render(sale, Lang.EN, null);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(
					"Evidence chain (Sale of goods · the seller (claiming the price)): every link has evidence",
					"basis: Civil Code Arts. 469, 595", "weakest link: delivery of the goods — goodsDelivered: E3",
					"Case plan (the actions that reach what every item's plan reaches together): 75 (low risk, +40)",
					"step by step:");
		}
	}

	@Test
	void theEnglishOpinionUsesTheEnglishLabels() throws IOException {
		byte[] pdf = new PdfRenderer(() -> CjkFont.locate(null)).render(opinion, Lang.EN, null);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("admissibility opinion", "Page 1",
					"cannot alone ground a finding");
		}
	}

	@Test
	void aConfiguredFontThatIsNotThereIsAClearError(@TempDir Path folder) {
		assertThatThrownBy(() -> CjkFont.locate(folder.resolve("missing.ttf").toString()))
			.isInstanceOf(CjkFontMissingException.class)
			.hasMessageContaining("missing.ttf is not a file")
			.hasMessageContaining("fonts-noto-cjk");
	}

	@Test
	void aFileThatIsNotAFontIsAClearErrorWhenTheReportIsMade(@TempDir Path folder) throws IOException {
		Path notAFont = Files.writeString(folder.resolve("fake.ttf"), "not a font");
		PdfRenderer renderer = new PdfRenderer(() -> CjkFont.locate(notAFont.toString()));
		assertThatThrownBy(() -> renderer.render(opinion, Lang.ZH, null)).isInstanceOf(CjkFontMissingException.class)
			.hasMessageContaining("fake.ttf cannot be used for the PDF report");
	}

	@Test
	void aCollectionPicksItsSimplifiedChineseFace() {
		CjkFont font = CjkFont.locate(null);
		if (font.file().toString().endsWith("NotoSansCJK-Regular.ttc")) {
			assertThat(font.face()).isEqualTo(2);
		}
	}

}
