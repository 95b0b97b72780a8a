package com.evidenceassessor.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts or resumes a run. A run is identified by its input, output folder, rules, mode,
 * formats and language, plus a run number: if the last run with these settings did not
 * complete, it is resumed (its partitions continue from their last committed chunk); if
 * it completed, a new run with the next number starts. An execution left "running" by a
 * process that died (kill -9, power loss) is marked failed first, so it can be restarted.
 */
final class BatchRunner {

	/**
	 * An execution that has not written for this long is taken for dead on a shared
	 * database.
	 */
	static final Duration STALE_AFTER = Duration.ofMinutes(2);

	private final JobLauncher launcher;

	private final JobRepository repository;

	private final JobExplorer explorer;

	private final Job job;

	private final boolean exclusiveDatabase;

	/**
	 * @param exclusiveDatabase the database is an embedded file only this process can
	 * open (H2's file lock), so any execution marked running is from a dead process
	 */
	BatchRunner(JobLauncher launcher, JobRepository repository, JobExplorer explorer, Job job,
			boolean exclusiveDatabase) {
		this.launcher = launcher;
		this.repository = repository;
		this.explorer = explorer;
		this.job = job;
		this.exclusiveDatabase = exclusiveDatabase;
	}

	/**
	 * What to launch.
	 *
	 * @param parameters the job parameters, run number included
	 * @param attempt 1 for a new run, more for a resumed one
	 */
	record Plan(JobParameters parameters, int attempt) {

		boolean resumes() {
			return this.attempt > 1;
		}

	}

	/** The run to launch for these identifying parameters (without a run number). */
	Plan plan(JobParameters identity) {
		for (long run = 1;; run++) {
			JobParameters parameters = new JobParametersBuilder(identity).addLong("run", run).toJobParameters();
			JobExecution last = this.repository.getLastJobExecution(this.job.getName(), parameters);
			if (last == null) {
				return new Plan(parameters, 1);
			}
			BatchStatus status = last.getStatus();
			if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
				continue;
			}
			if (last.isRunning()) {
				failDeadExecution(last.getId());
			}
			int attempts = this.explorer.getJobExecutions(last.getJobInstance()).size();
			return new Plan(parameters, attempts + 1);
		}
	}

	JobExecution launch(Plan plan) throws Exception {
		return this.launcher.run(this.job, plan.parameters());
	}

	private void failDeadExecution(long executionId) {
		JobExecution execution = this.explorer.getJobExecution(executionId);
		if (!this.exclusiveDatabase && recentlyActive(execution)) {
			throw new RunInProgressException(lastActivity(execution));
		}
		LocalDateTime now = LocalDateTime.now();
		String reason = "interrupted: the process ended before the run finished (killed or crashed)";
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
				step.setEndTime(now);
				this.repository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
		execution.setEndTime(now);
		this.repository.update(execution);
	}

	private static boolean recentlyActive(JobExecution execution) {
		return lastActivity(execution).isAfter(LocalDateTime.now().minus(STALE_AFTER));
	}

	private static LocalDateTime lastActivity(JobExecution execution) {
		LocalDateTime last = execution.getLastUpdated();
		List<LocalDateTime> steps = execution.getStepExecutions()
			.stream()
			.map(StepExecution::getLastUpdated)
			.filter(java.util.Objects::nonNull)
			.toList();
		for (LocalDateTime time : steps) {
			if (last == null || time.isAfter(last)) {
				last = time;
			}
		}
		return (last != null) ? last : LocalDateTime.MIN;
	}

	/** Another process is running this run now (on a shared database). */
	static final class RunInProgressException extends RuntimeException {

		RunInProgressException(LocalDateTime lastActivity) {
			super("another process is running this batch now (last activity " + lastActivity.withNano(0)
					+ "); wait for it to finish. If that process died, rerun after " + STALE_AFTER.toMinutes()
					+ " minutes without activity and this run resumes it");
		}

	}

}
