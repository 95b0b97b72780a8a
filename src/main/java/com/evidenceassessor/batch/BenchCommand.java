package com.evidenceassessor.batch;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.evidenceassessor.cli.Main;
import com.evidenceassessor.cli.RulesOption;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.store.AssessmentMode;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assessor bench-batch}: the batch job end to end over a generated archive, in
 * each mode and with 1 and 2 threads, each run on a fresh database and output folder.
 * Prints cases per second, the scaling from 1 to 2 threads, peak heap and GC time, and
 * where the time went.
 */
@Command(name = "bench-batch", mixinStandardHelpOptions = true,
		description = "Benchmark the batch job over generated cases: cases/s in each mode, 1→2 thread scaling, peak "
				+ "memory, and where the time goes. Runs in this JVM (set ASSESSOR_JAVA_OPTS, e.g. -Xmx1g).")
public final class BenchCommand implements Callable<Integer> {

	@Option(names = "--cases", defaultValue = "10000", paramLabel = "<n>",
			description = "Cases per run (default: ${DEFAULT-VALUE}).")
	private int cases;

	@Option(names = "--full-cases", paramLabel = "<n>",
			description = "Cases for the full-mode runs, when fewer (full mode is much slower). Default: --cases.")
	private Integer fullCases;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "<s>", description = "Seed of the generated cases.")
	private long seed;

	@Option(names = "--threads", defaultValue = "1,2", split = ",", paramLabel = "<n>",
			description = "Thread counts to run (default: ${DEFAULT-VALUE}).")
	private List<Integer> threads;

	@Option(names = "--modes", defaultValue = "scoresOnly,full", split = ",", paramLabel = "<mode>",
			description = "scoresOnly, full (default: ${DEFAULT-VALUE}).")
	private List<String> modes;

	@Option(names = "--reports", defaultValue = "json,html", paramLabel = "<formats>",
			description = "Per-case files (default: ${DEFAULT-VALUE}; none to measure without them).")
	private String reports;

	@Option(names = "--work", defaultValue = "bench-work", paramLabel = "<dir>",
			description = "Where the generated cases and each run's output and database go (default: ./${DEFAULT-VALUE}).")
	private Path work;

	@Option(names = "--warmup", defaultValue = "500", paramLabel = "<n>",
			description = "Cases of an unmeasured warm-up run first (JIT), 0 for none (default: ${DEFAULT-VALUE}).")
	private int warmup;

	@Mixin
	private RulesOption rules;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		RuleSet ruleSet = this.rules.load();
		Map<String, Result> results = new LinkedHashMap<>();
		if (this.warmup > 0) {
			out.printf("warm-up: %d cases (not measured)%n", this.warmup);
			out.flush();
			measure(ruleSet, AssessmentMode.SCORES_ONLY, 2, archive(this.warmup, this.seed + 1), "warmup");
		}
		out.println("mode        threads  cases  assessed  skipped  job s   cases/s  CPU s  cases/CPU-s  load  "
				+ "peak heap MB  GC ms  where the CPU time went (summed over threads)");
		for (String name : this.modes) {
			AssessmentMode mode = AssessmentMode.fromWireName(name);
			int count = (mode == AssessmentMode.FULL && this.fullCases != null) ? this.fullCases : this.cases;
			Path archive = archive(count, this.seed);
			for (int n : this.threads) {
				Result result = measure(ruleSet, mode, n, archive, mode.wireName() + "-" + n);
				results.put(mode.wireName() + "/" + n, result);
				out.printf("%-11s %7d  %5d  %8d  %7d  %6.1f  %7.1f  %5.1f  %11.1f  %4.1f  %12d  %5d  %s%n",
						mode.wireName(), n, count, result.outcome().assessed(), result.outcome().skips().size(),
						result.outcome().seconds(), result.rate(), result.cpuSeconds(), result.casesPerCpuSecond(),
						result.load(), result.peakHeapMb(), result.gcMillis(), result.breakdown());
				out.flush();
			}
		}
		printScaling(results, out);
		return 0;
	}

	private void printScaling(Map<String, Result> results, PrintWriter out) {
		for (String name : this.modes) {
			String mode = AssessmentMode.fromWireName(name).wireName();
			Result one = results.get(mode + "/1");
			Result two = results.get(mode + "/2");
			if (one != null && two != null) {
				out.printf("scaling %s: 1 → 2 threads %.2f× (%.1f → %.1f cases/s)%n", mode, two.rate() / one.rate(),
						one.rate(), two.rate());
			}
		}
		out.printf("processors: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		out.flush();
	}

	private Result measure(RuleSet ruleSet, AssessmentMode mode, int threadCount, Path archive, String name)
			throws Exception {
		Path run = this.work.resolve("runs").resolve(name);
		SafeUnzip.deleteQuietly(run);
		BatchRequest request = new BatchRequest(archive, run.resolve("out"), run.resolve("data"), null, ruleSet, mode,
				BatchCommand.formats(this.reports), Lang.ZH, threadCount, BatchRequest.DEFAULT_CHUNK, ZipLimits.DEFAULT,
				false, false);
		System.gc();
		resetPeaks();
		long gcBefore = gcMillis();
		BatchRun batch = new BatchRun(request, new PrintStream(PrintStream.nullOutputStream()));
		RunOutcome outcome = batch.run();
		double cpu = batch.jobCpuSeconds();
		return new Result(outcome, peakHeapMb(), gcMillis() - gcBefore, batch.timings().breakdown(), cpu,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private Path archive(int count, long archiveSeed) {
		if (count < 1) {
			throw new InputException(Location.file("--cases"), "found " + count + "; expected at least 1");
		}
		Path folder = this.work.resolve("cases-" + count + "-seed-" + archiveSeed);
		if (!Files.isDirectory(folder)) {
			int code = Main.run("generate", "--cases", String.valueOf(count), "--seed", String.valueOf(archiveSeed),
					"--invalid", String.valueOf(count / 100), "--out", folder.toString());
			if (code != 0) {
				throw new IllegalStateException("generating the cases failed");
			}
		}
		return folder;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** The sum of the heap pools' peaks: an upper bound of the peak heap in use. */
	private static long peakHeapMb() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024 * 1024);
	}

	private static long gcMillis() {
		long millis = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			millis += Math.max(gc.getCollectionTime(), 0);
		}
		return millis;
	}

	/**
	 * @param cpuSeconds the process's CPU time while the job ran (all threads, GC
	 * included)
	 * @param load the system load average at the end (other processes included)
	 */
	private record Result(RunOutcome outcome, long peakHeapMb, long gcMillis, String breakdown, double cpuSeconds,
			double load) {

		double rate() {
			return (this.outcome.seconds() > 0) ? this.outcome.read() / this.outcome.seconds() : 0;
		}

		double casesPerCpuSecond() {
			return (this.cpuSeconds > 0) ? this.outcome.read() / this.cpuSeconds : 0;
		}

	}

}
