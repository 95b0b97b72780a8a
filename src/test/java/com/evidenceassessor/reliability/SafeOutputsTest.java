package com.evidenceassessor.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.report.HtmlRenderer;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.rulebook.RulesFixture;
import com.evidenceassessor.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outputs cannot be turned against their reader: spreadsheet cells are neutralised, HTML
 * escapes everything from the inputs.
 */
class SafeOutputsTest {

	@TempDir
	Path rules;

	@Test
	void formulaTextStaysText() {
		assertThat(SafeCells.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(SafeCells.text("+86 138")).isEqualTo("'+86 138");
		assertThat(SafeCells.text("-2+3")).isEqualTo("'-2+3");
		assertThat(SafeCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SafeCells.text("\tcmd")).isEqualTo("'\tcmd");
		assertThat(SafeCells.text("\rcmd")).isEqualTo("'\rcmd");
		assertThat(SafeCells.text("王小明 = 借款人")).isEqualTo("王小明 = 借款人");
		assertThat(SafeCells.text(null)).isEmpty();
	}

	@Test
	void noTemplateWritesUnescapedText() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			assertThat(templates.filter(Files::isRegularFile).toList()).isNotEmpty()
				.allSatisfy((t) -> assertThat(Files.readString(t, StandardCharsets.UTF_8)).as(t.toString())
					.doesNotContain("th:utext")
					.doesNotContain("[(${"));
		}
	}

	@Test
	void theHtmlOpinionEscapesHostileText() {
		RulesFixture.create(this.rules);
		var ruleSet = RuleSetLoader.load(this.rules);
		byte[] hostile = """
				id: xss
				title: "<script>alert('case')</script>"
				causeOfAction: other
				lawDate: "2018-06-01"
				parties:
				  - { id: plaintiff, role: plaintiff, name: "<b onmouseover=alert(1)>原告</b>", client: true }
				  - { id: defendant, role: defendant, name: 被告 }
				items:
				  - { id: E1, kind: text, counterparty: defendant, title: "<img src=x onerror=alert(2)>",
				      custody: { notarized: true } }
				""".getBytes(StandardCharsets.UTF_8);
		Opinion opinion = Assessor.of(ruleSet).assess(CaseFileReader.parse(hostile, "case.yaml", false, null));
		for (Lang lang : Lang.values()) {
			String html = HtmlRenderer.render(opinion, lang);
			assertThat(html).doesNotContain("<script>alert")
				.doesNotContain("<img src=x")
				.doesNotContain("<b onmouseover");
			assertThat(html).contains("&lt;script&gt;");
		}
	}

}
