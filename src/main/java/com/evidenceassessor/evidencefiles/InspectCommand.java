package com.evidenceassessor.evidencefiles;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.cli.CommandFailure;
import com.evidenceassessor.cli.ExitCodes;
import com.evidenceassessor.cli.RulesOption;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assessor inspect <file or folder>}: shows what each evidence file contains —
 * true type, size, SHA-256, embedded metadata — and what is worth noting about it.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
		description = {
				"Shows what evidence files contain: true type, size, SHA-256, embedded metadata "
						+ "(capture time, device, editing software, audio format, PDF revisions and signatures) "
						+ "and the observations they give.",
				"Exit codes: 0 inspected; 1 a recorded hash (--sha256, or the case file's) does not match; "
						+ "2 invalid input (a file could not be read, a path, a bad option)." })
public class InspectCommand implements Callable<Integer> {

	/** Output formats. */
	enum Format {

		text, json

	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<file or folder>",
			description = "An evidence file; a folder, whose regular files are all inspected (symbolic links are "
					+ "not followed); or a case folder (with case.yaml), whose items' files are inspected with "
					+ "their recorded hashes and the findings they feed.")
	Path target;

	@Option(names = "--sha256", paramLabel = "<hex>",
			description = "The SHA-256 recorded for the file (single file only); the output says whether it matches.")
	String sha256;

	@Option(names = "--format", paramLabel = "<format>", defaultValue = "text", description = "text (default) or json.")
	Format format;

	@Mixin
	RulesOption rules;

	@Override
	public Integer call() throws Exception {
		InspectionReport report;
		if (Files.isDirectory(this.target, LinkOption.NOFOLLOW_LINKS)) {
			report = CaseFileReader.isCaseFolder(this.target) ? caseFolder() : folder();
		}
		else {
			report = singleFile();
		}
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.format == Format.json) {
			out.println(InspectionJson.write(report));
			out.flush();
		}
		else {
			InspectionText.render(report, out);
		}
		if (!report.problems().isEmpty()) {
			return ExitCodes.INVALID_INPUT;
		}
		return report.anyHashMismatch() ? ExitCodes.FAILED : ExitCodes.OK;
	}

	private InspectionReport singleFile() {
		Location where = Location.file(this.target.toString());
		Path absolute = this.target.toAbsolutePath().normalize();
		if (absolute.getParent() == null || absolute.getFileName() == null) {
			throw new InputException(where, "expected a file or a folder");
		}
		CaseFolder folder = CaseFolder.open(absolute.getParent(), EvidenceFileLimits.DEFAULT, where);
		EvidenceFileFacts facts = new EvidenceFileInspector().inspect(folder, absolute.getFileName().toString(),
				this.sha256, where);
		return new InspectionReport(this.target.toString(), List.of(facts), List.of(), List.of(), List.of());
	}

	/** A case folder: the files as its items list them, and the findings they feed. */
	private InspectionReport caseFolder() {
		noHashForFolder();
		RuleSet ruleSet = null;
		String note = null;
		try {
			ruleSet = this.rules.load();
		}
		catch (CommandFailure ex) {
			note = ex.getMessage().lines().findFirst().orElse("the rules could not be loaded");
		}
		return new CaseInspection().inspect(this.target, this.target.toString(), ruleSet, note);
	}

	private void noHashForFolder() {
		if (this.sha256 != null) {
			throw new InputException(Location.file(this.target.toString()).withField("--sha256"),
					"--sha256 applies to a single file; the target is a folder");
		}
	}

	private InspectionReport folder() {
		Location where = Location.file(this.target.toString());
		if (this.sha256 != null) {
			throw new InputException(where.withField("--sha256"),
					"--sha256 applies to a single file; the target is a folder");
		}
		CaseFolder folder = CaseFolder.open(this.target, EvidenceFileLimits.DEFAULT, where);
		FolderFiles listing = FolderFiles.list(folder, where);
		EvidenceFileInspector inspector = new EvidenceFileInspector();
		List<EvidenceFileFacts> files = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String path : listing.files()) {
			try {
				files.add(inspector.inspect(folder, path, null, Location.file(this.target.resolve(path).toString())));
			}
			catch (InputException ex) {
				problems.add(ex.getMessage());
			}
		}
		return new InspectionReport(this.target.toString(), files, List.of(), listing.skipped(), problems);
	}

}
