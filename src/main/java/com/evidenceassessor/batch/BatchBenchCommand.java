package com.evidenceassessor.batch;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
public final class BatchBenchCommand implements Callable<Integer> {

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

	@Option(names = "--repeat", defaultValue = "1", paramLabel = "<n>",
			description = "Runs of each mode and thread count, interleaved (1, 2, 1, 2, ...); the scaling uses "
					+ "the median of each (default: ${DEFAULT-VALUE}).")
	private int repeat;

	@Option(names = "--warmup", defaultValue = "2000", paramLabel = "<n>",
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
		Map<String, List<Result>> results = new LinkedHashMap<>();
		if (this.warmup > 0) {
			out.printf("warm-up: %d cases (not measured)%n", this.warmup);
			out.flush();
			measure(ruleSet, AssessmentMode.SCORES_ONLY, 2, archive(this.warmup, this.seed + 1), "warmup");
		}
		out.println("mode        threads  cases  assessed  skipped  job s   cases/s  CPU s  cases/CPU-s  load  "
				+ "heap MB (pool peaks summed/live after GC)  GC ms  where the CPU time went (summed over threads)");
		for (String name : this.modes) {
			AssessmentMode mode = AssessmentMode.fromWireName(name);
			int count = (mode == AssessmentMode.FULL && this.fullCases != null) ? this.fullCases : this.cases;
			Path archive = archive(count, this.seed);
			for (int round = 0; round < this.repeat; round++) {
				for (int n : this.threads) {
					Result result = measure(ruleSet, mode, n, archive, mode.wireName() + "-" + n + "-" + round);
					results.computeIfAbsent(mode.wireName() + "/" + n, k -> new ArrayList<>()).add(result);
					out.printf("%-11s %7d  %5d  %8d  %7d  %6.1f  %7.1f  %5.1f  %11.1f  %4.1f  %10d/%-8d  %5d  %s%n",
							mode.wireName(), n, count, result.outcome().assessed(), result.outcome().skips().size(),
							result.outcome().seconds(), result.rate(), result.cpuSeconds(), result.casesPerCpuSecond(),
							result.load(), result.peakHeapMb(), result.liveHeapMb(), result.gcMillis(),
							result.breakdown());
					out.flush();
				}
			}
		}
		printScaling(results, out);
		return 0;
	}

	private void printScaling(Map<String, List<Result>> results, PrintWriter out) {
		for (String name : this.modes) {
			String mode = AssessmentMode.fromWireName(name).wireName();
			List<Result> one = results.get(mode + "/1");
			List<Result> two = results.get(mode + "/2");
			if (one != null && two != null) {
				double rateOne = median(one);
				double rateTwo = median(two);
				out.printf("scaling %s: 1 → 2 threads %.2f× (median %.1f → %.1f cases/s over %d run(s) each)%n", mode,
						rateTwo / rateOne, rateOne, rateTwo, one.size());
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
		RunOutcome outcome;
		long liveMb;
		try (HeapWatch heap = new HeapWatch()) {
			outcome = batch.run();
			liveMb = heap.maxLiveMb();
		}
		double cpu = batch.jobCpuSeconds();
		return new Result(outcome, peakHeapMb(), liveMb, gcMillis() - gcBefore,
				batch.timings().breakdown() + " | by thread: " + batch.threadCpu(), cpu,
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

	private static double median(List<Result> results) {
		double[] rates = results.stream().mapToDouble(Result::rate).sorted().toArray();
		int middle = rates.length / 2;
		return (rates.length % 2 == 1) ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/**
	 * The heap pools' peaks added up: an upper bound on the peak heap use (eden, survivor
	 * and old generation peak at different moments, so the sum can exceed {@code -Xmx}).
	 */
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
	 * @param peakHeapMb the sum of the heap pools' peaks (heap used, garbage included)
	 * @param liveHeapMb the largest heap in use after a collection (the live set)
	 * @param cpuSeconds the process's CPU time while the job ran (all threads, GC
	 * included)
	 * @param load the system load average at the end (other processes included)
	 */
	private record Result(RunOutcome outcome, long peakHeapMb, long liveHeapMb, long gcMillis, String breakdown,
			double cpuSeconds, double load) {

		double rate() {
			return (this.outcome.seconds() > 0) ? this.outcome.read() / this.outcome.seconds() : 0;
		}

		double casesPerCpuSecond() {
			return (this.cpuSeconds > 0) ? this.outcome.read() / this.cpuSeconds : 0;
		}

	}

}
