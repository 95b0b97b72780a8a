package com.evidenceassessor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Assessor.Options;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assessor bench --case <case>}: what a full opinion costs against a bare rule
 * fire on the same facts. Each iteration assesses the case three ways in turn — scores
 * only, the full opinion with what-ifs in one session, the full opinion with each what-if
 * in a fresh session — and the medians are printed with their ratios. The rules are
 * compiled once, as in service; reading the case file is not timed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure the full opinion (plan, unknowns, chain) against a bare rule fire (scores only) "
				+ "on the same case; prints medians and the ratio.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:the figures were printed",
				"2:a case file or an option is invalid", "3:the rules do not compile", "70:internal error" })
final class BenchCommand implements Callable<Integer> {

	@Option(names = "--case", required = true, paramLabel = "<case>",
			description = "A case folder or file; repeat for several. A folder of case folders (e.g. cases) "
					+ "benches each.")
	private List<Path> cases;

	@Option(names = "--iterations", defaultValue = "1000",
			description = "Timed iterations per case (default: ${DEFAULT-VALUE}).")
	private int iterations;

	@Option(names = "--warmup", defaultValue = "300",
			description = "Untimed iterations first, to let the JIT compile (default: ${DEFAULT-VALUE}).")
	private int warmup;

	@Mixin
	private RulesOption rules;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		if (this.iterations < 1 || this.warmup < 0) {
			throw new ParameterException(this.spec.commandLine(),
					"expected --iterations of at least 1 and --warmup of at least 0");
		}
		List<CaseFile> caseFiles = new ArrayList<>();
		for (Path path : this.cases) {
			caseFolders(path).forEach(folder -> caseFiles.add(CaseFileReader.read(folder)));
		}
		Assessor assessor = Assessor.of(this.rules.load());
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("iterations: %d timed after %d warm-up; medians in milliseconds%n", this.iterations, this.warmup);
		out.printf("%-44s %6s %12s %12s %7s %12s %7s%n", "case", "items", "scores only", "full", "ratio", "full, fresh",
				"ratio");
		for (CaseFile caseFile : caseFiles) {
			Result result = measure(assessor, caseFile);
			out.printf("%-44s %6d %12.3f %12.3f %6.1f× %12.3f %6.1f×%n", caseFile.legalCase().id(),
					caseFile.legalCase().items().size(), result.bare(), result.full(), result.full() / result.bare(),
					result.fresh(), result.fresh() / result.bare());
		}
		out.println("scores only = Options.SCORES_ONLY (one rule run); full = Options.FULL (remedies, plans, "
				+ "unknowns, chain; what-ifs in one session); full, fresh = the same with a new session per what-if");
		out.flush();
		return ExitCodes.OK;
	}

	private Result measure(Assessor assessor, CaseFile caseFile) {
		Options fresh = Options.FULL.fresh();
		for (int i = 0; i < this.warmup; i++) {
			assessor.assess(caseFile, Options.SCORES_ONLY);
			assessor.assess(caseFile, Options.FULL);
			assessor.assess(caseFile, fresh);
		}
		long[] bare = new long[this.iterations];
		long[] full = new long[this.iterations];
		long[] freshRuns = new long[this.iterations];
		for (int i = 0; i < this.iterations; i++) {
			bare[i] = time(assessor, caseFile, Options.SCORES_ONLY);
			full[i] = time(assessor, caseFile, Options.FULL);
			freshRuns[i] = time(assessor, caseFile, fresh);
		}
		return new Result(median(bare), median(full), median(freshRuns));
	}

	private static long time(Assessor assessor, CaseFile caseFile, Options options) {
		long start = System.nanoTime();
		assessor.assess(caseFile, options);
		return System.nanoTime() - start;
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		long median = (sorted.length % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
		return median / 1e6;
	}

	/** The case itself, or each case folder inside a folder that holds no case file. */
	private static List<Path> caseFolders(Path path) {
		if (!Files.isDirectory(path) || hasCaseFile(path)) {
			return List.of(path);
		}
		try (Stream<Path> children = Files.list(path)) {
			List<Path> folders = children.filter(Files::isDirectory)
				.filter(BenchCommand::hasCaseFile)
				.sorted()
				.toList();
			if (folders.isEmpty()) {
				throw new InputException(Location.file(path.toString()),
						"no case file here or in its folders; expected case.yaml, case.yml or case.json");
			}
			return folders;
		}
		catch (java.io.IOException ex) {
			throw new InputException(Location.file(path.toString()), "cannot list the folder: " + ex.getMessage());
		}
	}

	private static boolean hasCaseFile(Path folder) {
		return Stream.of("case.yaml", "case.yml", "case.json").anyMatch(n -> Files.isRegularFile(folder.resolve(n)));
	}

	private record Result(double bare, double full, double fresh) {

	}

}
