package com.evidenceassessor.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.store.StoreDatabase;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One batch run from start to end: resolve the input (unpacking an archive), start the
 * batch context, start or resume the run, show progress, and report how it ended.
 */
final class BatchRun {

	private final BatchRequest request;

	private final PrintStream err;

	private final PhaseTimings timings = new PhaseTimings();

	private double jobCpuSeconds;

	BatchRun(BatchRequest request, PrintStream err) {
		this.request = request;
		this.err = err;
	}

	PhaseTimings timings() {
		return this.timings;
	}

	/** The process's CPU time while the job ran (all threads), in seconds. */
	double jobCpuSeconds() {
		return this.jobCpuSeconds;
	}

	private static long processCpuNanos() {
		var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		return (os instanceof com.sun.management.OperatingSystemMXBean sun) ? sun.getProcessCpuTime() : 0;
	}

	RunOutcome run() throws Exception {
		BatchInput input = BatchInput.resolve(this.request.input(), this.request.dataFolder(),
				this.request.zipLimits());
		if (CaseScanner.scan(input.casesRoot()).isEmpty()) {
			throw new InputException(Location.file(this.request.input().toString()),
					"no case folders found; expected folders each holding "
							+ String.join(", ", CaseScanner.CASE_FILES));
		}
		Path out = this.request.out().toAbsolutePath().normalize();
		removeLeftoverTempFiles(out);
		Progress progress = new Progress();
		BatchSettings settings = new BatchSettings(Assessor.of(this.request.ruleSet()), this.request.mode(),
				this.request.reports(), this.request.lang(), input.casesRoot(), input.sourceRoot(), out,
				this.request.threads(), this.request.chunkSize(), progress, this.timings, Clock.systemUTC());
		try (ConfigurableApplicationContext context = StoreDatabase.start(application(settings),
				this.request.dataFolder())) {
			RunOutcome outcome = launch(context, identity(input, out), progress);
			if (outcome.completed()) {
				input.cleanUp();
			}
			return outcome;
		}
	}

	private SpringApplicationBuilder application(BatchSettings settings) {
		return StoreDatabase.application(this.request.dataFolder(), this.request.config(), BatchContext.class)
			.properties(Map.of("spring.batch.job.enabled", "false", "spring.batch.jdbc.initialize-schema", "always",
					"spring.datasource.hikari.maximum-pool-size", String.valueOf(settings.threads() + 4)))
			.initializers(context -> context.getBeanFactory().registerSingleton("batchSettings", settings));
	}

	private RunOutcome launch(ConfigurableApplicationContext context, JobParameters identity, Progress progress)
			throws Exception {
		String url = context.getEnvironment().getProperty("spring.datasource.url", "");
		boolean exclusive = url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("AUTO_SERVER=TRUE");
		BatchRunner runner = new BatchRunner(context.getBean(JobLauncher.class), context.getBean(JobRepository.class),
				context.getBean(JobExplorer.class), context.getBean(Job.class),
				exclusive || this.request.forceResume());
		BatchRunner.Plan plan = runner.plan(identity);
		if (plan.resumes()) {
			this.err.println(this.request.lang()
				.pick("继续上次中断的批量评估（第 " + plan.attempt() + " 次尝试）……",
						"resuming the interrupted run (attempt " + plan.attempt() + ")..."));
		}
		long start = System.nanoTime();
		long cpuStart = processCpuNanos();
		JobExecution execution;
		try (ProgressBar bar = this.request.progressBar() ? ProgressBar.start(progress, this.err, this.request.lang())
				: null) {
			execution = runner.launch(plan);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		this.jobCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
		BatchTables tables = context.getBean(BatchTables.class);
		long runId = execution.getJobInstance().getInstanceId();
		return new RunOutcome(runId, plan.attempt(), execution.getStatus(), failure(execution),
				tables.inputCount(runId), tables.caseCount(runId), progress.doneBefore(), tables.skips(runId), seconds,
				RunOutcome.StepCounts.of(execution));
	}

	private JobParameters identity(BatchInput input, Path out) {
		JobParametersBuilder parameters = new JobParametersBuilder().addString("input", input.given().toString())
			.addString("out", out.toString())
			.addString("rules", this.request.ruleSet().hash())
			.addString("mode", this.request.mode().wireName())
			.addString("reports",
					this.request.reports()
						.stream()
						.map(Enum::name)
						.collect(Collectors.toCollection(TreeSet::new))
						.toString())
			.addString("lang", this.request.lang().name());
		if (input.isArchive()) {
			parameters.addString("inputSha256", input.sha256());
		}
		return parameters.toJobParameters();
	}

	private static String failure(JobExecution execution) {
		if (execution.getAllFailureExceptions().isEmpty()) {
			return execution.getExitStatus().getExitDescription();
		}
		Throwable cause = execution.getAllFailureExceptions().get(0);
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	/** Temporary files a killed run left in the output folder (never a finished file). */
	private static void removeLeftoverTempFiles(Path out) throws IOException {
		if (!Files.isDirectory(out)) {
			return;
		}
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String name = file.getFileName().toString();
				if (name.startsWith(".partial-") && name.endsWith(".tmp")) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

}
