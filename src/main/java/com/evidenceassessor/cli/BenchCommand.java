package com.evidenceassessor.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assessor bench <case>}: in-process assessment speed with the compiled rules
 * reused — the rule compile time, then the median time per assessment and assessments per
 * second, for scores only and for the full opinion (with the what-if re-runs behind
 * remedies and unknowns). A measurement to report, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure in-process assessment speed on one case (compiled rules reused).")
final class BenchCommand implements Callable<Integer> {

	@Parameters(paramLabel = "<case>", defaultValue = "cases/loan-by-wechat-transfer",
			description = "The case to assess (default: ${DEFAULT-VALUE}).")
	private Path casePath;

	@Option(names = "--iterations", defaultValue = "2000",
			description = "Measured assessments per mode (default: ${DEFAULT-VALUE}).")
	private int iterations;

	@Option(names = "--warmup", defaultValue = "1000",
			description = "Unmeasured assessments first (default: ${DEFAULT-VALUE}).")
	private int warmup;

	@Mixin
	private RulesOption rules;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		var out = this.spec.commandLine().getOut();
		long compileStart = System.nanoTime();
		RuleSet ruleSet = this.rules.load();
		double compileMs = (System.nanoTime() - compileStart) / 1e6;
		CaseFile caseFile = CaseFileReader.read(this.casePath);
		Assessor assessor = Assessor.of(ruleSet);
		out.printf("case %s: %d items, %d rules; rule compile %.0f ms%n", caseFile.legalCase().id(),
				caseFile.legalCase().items().size(), ruleSet.allRules().size(), compileMs);
		double scores = measure(out, assessor, caseFile, Assessor.Options.SCORES_ONLY, "scores only");
		double full = measure(out, assessor, caseFile, Assessor.Options.FULL, "full opinion");
		out.printf("full / scores-only = %.1f×%n", full / scores);
		out.flush();
		return ExitCodes.OK;
	}

	private double measure(java.io.PrintWriter out, Assessor assessor, CaseFile caseFile, Assessor.Options options,
			String label) {
		for (int i = 0; i < this.warmup; i++) {
			assessor.assess(caseFile, options);
		}
		long[] nanos = new long[this.iterations];
		long start = System.nanoTime();
		for (int i = 0; i < this.iterations; i++) {
			long t = System.nanoTime();
			assessor.assess(caseFile, options);
			nanos[i] = System.nanoTime() - t;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(nanos);
		double median = nanos[nanos.length / 2] / 1e6;
		double p99 = nanos[(int) (nanos.length * 0.99)] / 1e6;
		out.printf("%-13s median %.3f ms · p99 %.3f ms · %.0f assessments/s (one thread, %d runs)%n", label, median,
				p99, this.iterations / seconds, this.iterations);
		return median;
	}

}
