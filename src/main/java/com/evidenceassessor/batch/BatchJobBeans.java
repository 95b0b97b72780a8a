package com.evidenceassessor.batch;

import javax.sql.DataSource;

import com.evidenceassessor.store.Migrations;
import com.evidenceassessor.store.OpinionStore;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The batch job {@value #JOB}: scan (record the case folders), assess (partitioned: each
 * partition a range of case folders, partitions run on {@code threads} threads, a bad
 * case skipped and recorded), summary (spreadsheet and CSV). Not a
 * {@code @Configuration}: only {@link BatchContext} imports it, so a web application that
 * scans the packages never gets a batch job.
 */
class BatchJobBeans {

	static final String JOB = "assessArchive";

	@Bean
	BatchTables batchTables(DataSource dataSource) {
		Migrations.migrate(dataSource, "batch");
		return new BatchTables(dataSource);
	}

	@Bean
	Job assessArchiveJob(JobRepository repository, Step scanStep, Step assessStep, Step summaryStep) {
		return new JobBuilder(JOB, repository).start(scanStep).next(assessStep).next(summaryStep).build();
	}

	@Bean
	Step scanStep(JobRepository repository, PlatformTransactionManager transactions, BatchSettings settings,
			BatchTables tables) {
		return new StepBuilder("scan", repository).tasklet(new ScanTasklet(settings, tables), transactions).build();
	}

	@Bean
	Step assessStep(JobRepository repository, Step assessCases, CaseRangePartitioner partitioner,
			TaskExecutor batchThreads, BatchSettings settings, BatchTables tables) {
		return new StepBuilder("assess", repository).partitioner("assessCases", partitioner)
			.step(assessCases)
			.gridSize(settings.partitions())
			.taskExecutor(batchThreads)
			.listener(new ProgressStart(tables, settings.progress()))
			.build();
	}

	@Bean
	Step assessCases(JobRepository repository, PlatformTransactionManager transactions, CaseFolderReader caseReader,
			BatchSettings settings, OpinionStore store, BatchTables tables) {
		return new StepBuilder("assessCases", repository)
			.<CaseRef, AssessedCase>chunk(settings.chunkSize(), transactions)
			.reader(caseReader)
			.processor(new CaseProcessor(settings))
			.writer(new OpinionWriter(settings, store, tables))
			.faultTolerant()
			.skip(CaseSkipped.class)
			.skipLimit(Integer.MAX_VALUE)
			.noRollback(CaseSkipped.class)
			.listener(new SkipRecorder(tables, settings.progress()))
			.build();
	}

	@Bean
	Step summaryStep(JobRepository repository, PlatformTransactionManager transactions, BatchSettings settings,
			BatchTables tables) {
		return new StepBuilder("summary", repository).tasklet(new SummaryTasklet(settings, tables), transactions)
			.build();
	}

	@Bean
	@StepScope
	CaseRangePartitioner partitioner(BatchTables tables, @Value("#{stepExecution}") StepExecution stepExecution) {
		return new CaseRangePartitioner(tables, stepExecution.getJobExecution().getJobInstance().getInstanceId());
	}

	@Bean
	@StepScope
	CaseFolderReader caseReader(BatchTables tables, BatchSettings settings,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		var context = stepExecution.getExecutionContext();
		return new CaseFolderReader(tables, settings, stepExecution.getJobExecution().getJobInstance().getInstanceId(),
				context.getInt(CaseRangePartitioner.FROM), context.getInt(CaseRangePartitioner.TO));
	}

	@Bean
	ThreadPoolTaskExecutor batchThreads(BatchSettings settings) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(settings.threads());
		executor.setMaxPoolSize(settings.threads());
		executor.setThreadNamePrefix("assess-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
