package com.evidenceassessor.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

import com.evidenceassessor.cli.CommandFailure;
import com.evidenceassessor.cli.ExitCodes;
import com.evidenceassessor.cli.RulesOption;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.store.AssessmentMode;
import com.evidenceassessor.store.DataOption;
import com.evidenceassessor.store.DatabaseUnavailableException;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assessor batch <folder or zip> --out
 *
<dir>
 * }: assesses an archive of cases, restartably.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
		description = { "Assess every case folder in a folder (or a .zip of them): per-case opinion JSON and HTML "
				+ "report, every opinion in the opinion store, a summary spreadsheet (summary.xlsx) and CSV files. "
				+ "A bad case is skipped with its reason and the run goes on. If the run is interrupted (even "
				+ "kill -9), the same command resumes it where it stopped: nothing is lost or done twice." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the run completed (skipped cases are listed and in skipped.csv)",
				"1:the run stopped before the end; rerun the same command to resume",
				"2:invalid input (no such folder, a bad archive, invalid options)", "3:the rules do not compile",
				"4:the database cannot be opened (in use by another run?)", "70:internal error" })
public final class BatchCommand implements Callable<Integer> {

	@Parameters(paramLabel = "<input>", description = "A folder of case folders, or a .zip archive of them.")
	private Path input;

	@Option(names = "--out", required = true, paramLabel = "<dir>", description = "The output folder.")
	private Path out;

	@Option(names = "--threads", paramLabel = "<n>",
			description = "Cases assessed at once (default: the number of processors, ${DEFAULT-VALUE}).")
	private int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--scores-only",
			description = "Scores and reasons only: no remediation plan, no range over unknown facts. Much faster.")
	private boolean scoresOnly;

	@Option(names = "--reports", paramLabel = "<formats>", defaultValue = "json,html",
			description = "Per-case files: json, html, both (default: ${DEFAULT-VALUE}) or none.")
	private String reports;

	@Option(names = "--lang", defaultValue = "zh",
			description = "zh or en, for reports and spreadsheet (default: " + "${DEFAULT-VALUE}).")
	private Lang lang;

	@Option(names = "--chunk", paramLabel = "<n>", defaultValue = "50",
			description = "Cases per transaction (default: ${DEFAULT-VALUE}).")
	private int chunk;

	@Option(names = "--no-progress", description = "No progress bar on standard error.")
	private boolean noProgress;

	@Option(names = "--force-resume",
			description = "On a shared database (PostgreSQL): resume an interrupted run at once, without waiting "
					+ "2 minutes to be sure its process is gone. Only when you know it is.")
	private boolean forceResume;

	@Option(names = "--timings", description = "Print where the time went (read, assess, render, write).")
	private boolean timings;

	@Mixin
	private DataOption data;

	@Mixin
	private RulesOption rules;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		BatchRequest request = request();
		BatchRun run = new BatchRun(request, stderr());
		RunOutcome outcome;
		try {
			outcome = run.run();
		}
		catch (DatabaseUnavailableException ex) {
			throw new CommandFailure(ExitCodes.DATABASE_UNAVAILABLE, ex.getMessage());
		}
		catch (BatchRunner.RunInProgressException ex) {
			throw new CommandFailure(ExitCodes.FAILED, ex.getMessage());
		}
		BatchReport.print(outcome, request.out().toAbsolutePath().normalize(), this.lang,
				this.spec.commandLine().getOut());
		if (this.timings) {
			this.spec.commandLine().getOut().println("  timings (summed over threads): " + run.timings().breakdown());
			this.spec.commandLine().getOut().flush();
		}
		return outcome.completed() ? ExitCodes.OK : ExitCodes.FAILED;
	}

	BatchRequest request() {
		if (this.threads < 1 || this.threads > 256) {
			throw new InputException(Location.file("--threads"), "found " + this.threads + "; expected 1 to 256");
		}
		if (this.chunk < 1 || this.chunk > 10_000) {
			throw new InputException(Location.file("--chunk"), "found " + this.chunk + "; expected 1 to 10000");
		}
		if (this.data.config() != null && !java.nio.file.Files.isRegularFile(this.data.config())) {
			throw new InputException(Location.file(this.data.config().toString()), "no such file (--config)");
		}
		return new BatchRequest(this.input, this.out, this.data.folder(), this.data.config(), this.rules.load(),
				this.scoresOnly ? AssessmentMode.SCORES_ONLY : AssessmentMode.FULL, formats(this.reports), this.lang,
				this.threads, this.chunk, ZipLimits.DEFAULT, !this.noProgress, this.forceResume);
	}

	static Set<ReportFormat> formats(String text) {
		Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
		if (text.trim().equalsIgnoreCase("none")) {
			return formats;
		}
		for (String part : text.split(",")) {
			try {
				formats.add(ReportFormat.valueOf(part.trim().toLowerCase()));
			}
			catch (IllegalArgumentException ex) {
				throw new InputException(Location.file("--reports"),
						"found '" + part.trim() + "'; expected json, html, json,html or none");
			}
		}
		return formats;
	}

	private PrintStream stderr() {
		return System.err;
	}

}
