package com.evidenceassessor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.report.CjkFont;
import com.evidenceassessor.report.CjkFontMissingException;
import com.evidenceassessor.report.HtmlRenderer;
import com.evidenceassessor.report.PdfRenderer;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.report.TextRenderer;
import com.evidenceassessor.support.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assessor assess <case>}: the admissibility opinion on one case. */
@Command(name = "assess", mixinStandardHelpOptions = true,
		description = "Assess one case: per item and per case, a score, a risk level, reasons citing the law, "
				+ "and what to do before the hearing.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the opinion was written", "2:the case file is invalid (the message says where)",
				"3:the rules do not compile", "70:internal error" })
final class AssessCommand implements Callable<Integer> {

	@Parameters(paramLabel = "<case>", description = "A case folder (holding case.yaml or case.json) or a case file.")
	private Path casePath;

	@Option(names = "--format", defaultValue = "text",
			description = "text, json, html or pdf (pdf needs -o <file>; default: ${DEFAULT-VALUE}).")
	private Format format;

	@Option(names = "--font", paramLabel = "<file>",
			description = "For pdf: a CJK font file (.ttf/.otf/.ttc, a .ttc may name its face: file,2); "
					+ "default: the first of the usual Noto/WenQuanYi/Droid fonts found.")
	private String font;

	@Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
	private Lang lang;

	@Option(names = "--scores-only", description = "Skip the remediation plan and the range over unknown facts.")
	private boolean scoresOnly;

	@Mixin
	private RulesOption rules;

	@Mixin
	private OutputOption output;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (this.format == Format.pdf && this.output.file() == null) {
			throw new ParameterException(this.spec.commandLine(), "--format pdf writes a file: add -o <file>.pdf");
		}
		CaseFile caseFile = CaseFileReader.read(this.casePath);
		Assessor assessor = Assessor.of(this.rules.load());
		Opinion opinion = assessor.assess(caseFile,
				this.scoresOnly ? Assessor.Options.SCORES_ONLY : Assessor.Options.FULL);
		if (this.format == Format.pdf) {
			writePdf(opinion);
			return ExitCodes.OK;
		}
		this.output.write(this.spec.commandLine().getOut(), out -> {
			if (this.format == Format.json) {
				out.println(toJson(opinion));
			}
			else if (this.format == Format.html) {
				out.print(HtmlRenderer.render(opinion, this.lang));
			}
			else {
				new TextRenderer(this.lang, out).render(opinion);
			}
		});
		return ExitCodes.OK;
	}

	private void writePdf(Opinion opinion) {
		byte[] pdf;
		try {
			pdf = new PdfRenderer(() -> CjkFont.locate(this.font)).render(opinion, this.lang, null);
		}
		catch (CjkFontMissingException ex) {
			throw new CommandFailure(ExitCodes.INVALID_INPUT, ex.getMessage());
		}
		OutputOption.writeAtomically(this.output.file(), pdf);
	}

	private static String toJson(Opinion opinion) {
		try {
			return Json.json().writeValueAsString(opinion);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	enum Format {

		text, json, html, pdf

	}

}
