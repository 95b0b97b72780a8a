package com.evidenceassessor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The assess command as a user runs it: output, exit codes, one-line errors. */
class AssessCommandTest {

	@TempDir
	Path temp;

	@Test
	void jsonOpinionHasTheDocumentedFields() throws IOException {
		CommandRun run = run("assess", "cases/loan-by-wechat-transfer", "--format", "json", "--rules", "rules");
		assertThat(run.exit()).isEqualTo(ExitCodes.OK);
		JsonNode opinion = Json.json().readTree(run.out());
		assertThat(opinion.path("caseId").asText()).isEqualTo("loan-by-wechat-transfer");
		assertThat(opinion.path("stamp").path("ruleSetHash").asText()).hasSize(64);
		assertThat(opinion.path("stamp").path("regime").isArray()).isTrue();
		JsonNode item = opinion.path("items").get(0);
		for (String field : new String[] { "id", "kind", "score", "level", "needsCorroboration", "dimensions",
				"reasons", "remedies" }) {
			assertThat(item.has(field)).as(field).isTrue();
		}
		assertThat(item.path("reasons").get(0).has("citation")).isTrue();
		assertThat(opinion.path("summary").path("level").asText()).isIn("low", "medium", "high", "excluded");
	}

	@Test
	void textOpinionIsChineseByDefaultAndEnglishOnRequest() {
		assertThat(run("assess", "cases/notarised-chat", "--rules", "rules").out()).contains("低风险", "第九十四条第二款");
		assertThat(run("assess", "cases/notarised-chat", "--lang", "en", "--rules", "rules").out())
			.contains("low risk");
	}

	@Test
	void aBadCaseFileGivesOneLocatedLineAndExitCode2() throws IOException {
		Path bad = Files.writeString(this.temp.resolve("case.yaml"),
				"id: x\nlawDate: \"2024-01-01\"\nitems:\n  - id: E1\n    kind: txt\n");
		CommandRun run = run("assess", bad.toString(), "--rules", "rules");
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(run.err().strip()).startsWith("error: " + bad + ":5:")
			.contains("items[0].kind")
			.doesNotContain("\tat ");
		assertThat(run.err().strip().lines()).hasSize(1);
	}

	@Test
	void rulesThatDoNotCompileGiveFileAndLineAndExitCode3() throws IOException {
		Path rules = this.temp.resolve("rules");
		FileSystemUtils.copyRecursively(Path.of("rules"), rules);
		Path drl = rules.resolve("spc-evidence-2019/art89-acknowledged-evidence.drl");
		Files.writeString(drl, Files.readString(drl)
			.replace("then\n\tfindings.add(kcontext, $i);\nend", "then\n\tfindings.add(kcontext, $i)\nend oops"));
		CommandRun run = run("assess", "cases/notarised-chat", "--rules", rules.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.RULES_BROKEN);
		assertThat(run.err()).contains("spc-evidence-2019/art89-acknowledged-evidence.drl:");
	}

	@Test
	void outIsWrittenWholeToAFile() throws IOException {
		Path out = this.temp.resolve("opinion.html");
		CommandRun run = run("assess", "cases/voice-only-loan-acknowledgement", "--format", "html", "-o",
				out.toString(), "--rules", "rules");
		assertThat(run.exit()).isZero();
		assertThat(Files.readString(out)).contains("<html").contains("</html>").contains("第九十条");
		try (var files = Files.list(this.temp)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".partial-"));
		}
	}

	@Test
	void pdfIsWrittenToTheFileNamedAndOnlyThere() throws IOException {
		Path out = this.temp.resolve("opinion.pdf");
		CommandRun run = run("assess", "cases/voice-only-loan-acknowledgement", "--format", "pdf", "-o", out.toString(),
				"--rules", "rules");
		assertThat(run.exit()).as(run.err()).isZero();
		byte[] pdf = Files.readAllBytes(out);
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("第九十条")
				.as("the questions for the client, with what each answer does to the case")
				.contains("需向当事人核实的问题", "案件评分：答“是” 70 / 答“否” 45");
		}

		CommandRun toTerminal = run("assess", "cases/voice-only-loan-acknowledgement", "--format", "pdf");
		assertThat(toTerminal.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(toTerminal.err()).contains("--format pdf writes a file: add -o <file>.pdf");

		Path unwritten = this.temp.resolve("nofont.pdf");
		CommandRun noFont = run("assess", "cases/voice-only-loan-acknowledgement", "--format", "pdf", "-o",
				unwritten.toString(), "--font", this.temp.resolve("missing.ttf").toString(), "--rules", "rules");
		assertThat(noFont.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(noFont.err()).startsWith("error: ").contains("missing.ttf is not a file").contains("--font");
		assertThat(unwritten).doesNotExist();
	}

	private static CommandRun run(String... args) {
		return CommandRun.of(args);
	}

}
