package com.evidenceassessor.batch;

import com.evidenceassessor.store.StoreBeans;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Spring context of one batch run, started by the {@code batch} command without a web
 * server: the data source, Spring Batch's job repository (Boot's auto-configuration,
 * JDBC, its tables created by its own schema script), the opinion store and the job. It
 * lists exactly the auto-configurations it needs, and nothing here is a
 * {@code @Configuration} or {@code @Component}: a web application scanning
 * {@code com.evidenceassessor} picks up none of it.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class, BatchAutoConfiguration.class })
@Import({ StoreBeans.class, BatchJobBeans.class })
final class BatchContext {

}
