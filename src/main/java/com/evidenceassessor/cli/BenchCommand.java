package com.evidenceassessor.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * fire on the same facts. Each iteration assesses the case four ways in turn — scores
 * only, scores with the remedies and plans, the full opinion with what-ifs in one
 * session, the full opinion with each what-if in a fresh session — and the medians are
 * printed with their ratios to scores only. The rules are compiled once, as in service;
 * reading the case file is not timed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure the full opinion (plan, unknowns, chain) against a bare rule fire (scores only) "
				+ "on the same case; prints medians and the ratio.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:the figures were printed",
				"2:a case file or an option is invalid", "3:the rules do not compile", "70:internal error" })
final class BenchCommand implements Callable<Integer> {

	/** Scores, remedies and plans, without the range over unknown facts. */
	private static final Options REMEDIES_ONLY = new Options(true, false);

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
		out.printf("iterations: %d timed after %d warm-up; medians in milliseconds, wall clock and this thread's CPU%n",
				this.iterations, this.warmup);
		out.printf("%-40s %5s %5s %12s %12s %7s %12s %7s %12s %7s%n", "case", "items", "clock", "scores only",
				"remedies", "ratio", "full", "ratio", "full, fresh", "ratio");
		for (CaseFile caseFile : caseFiles) {
			Result result = measure(assessor, caseFile);
			row(out, caseFile, "wall", result.wall());
			row(out, caseFile, "cpu", result.cpu());
		}
		out.println("scores only = Options.SCORES_ONLY (one rule run); remedies = scores, remedies and plans, "
				+ "no range over unknown facts; full = Options.FULL (remedies, plans, unknowns, chain; what-ifs in one "
				+ "session); full, fresh = the same with a new session per what-if. On a busy machine the CPU figures "
				+ "are the steadier.");
		out.flush();
		return ExitCodes.OK;
	}

	private static void row(PrintWriter out, CaseFile caseFile, String clock, double[] medians) {
		out.printf("%-40s %5d %5s %12.3f %12.3f %6.1f× %12.3f %6.1f× %12.3f %6.1f×%n", caseFile.legalCase().id(),
				caseFile.legalCase().items().size(), clock, medians[0], medians[1], medians[1] / medians[0], medians[2],
				medians[2] / medians[0], medians[3], medians[3] / medians[0]);
	}

	private Result measure(Assessor assessor, CaseFile caseFile) {
		List<Options> ways = List.of(Options.SCORES_ONLY, REMEDIES_ONLY, Options.FULL, Options.FULL.fresh());
		for (int i = 0; i < this.warmup; i++) {
			ways.forEach(options -> assessor.assess(caseFile, options));
		}
		long[][] wall = new long[ways.size()][this.iterations];
		long[][] cpu = new long[ways.size()][this.iterations];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < this.iterations; i++) {
			for (int way = 0; way < ways.size(); way++) {
				long startCpu = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				assessor.assess(caseFile, ways.get(way));
				wall[way][i] = System.nanoTime() - start;
				cpu[way][i] = threads.getCurrentThreadCpuTime() - startCpu;
			}
		}
		return new Result(medians(wall), medians(cpu));
	}

	private static double[] medians(long[][] nanos) {
		double[] medians = new double[nanos.length];
		for (int way = 0; way < nanos.length; way++) {
			medians[way] = median(nanos[way]);
		}
		return medians;
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

	/**
	 * Medians per way of assessing (scores only, full, full with fresh sessions).
	 *
	 * @param wall by the wall clock
	 * @param cpu by the measuring thread's CPU time
	 */
	private record Result(double[] wall, double[] cpu) {

	}

}
