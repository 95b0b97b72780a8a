package com.evidenceassessor.store;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;

/**
 * The opinion store's beans, for any Spring context that has a data source: the batch
 * job's and the history command's today, the web app's later ({@code @Import} it). Not a
 * {@code @Configuration}, so component scanning never picks it up by accident.
 */
public class StoreBeans {

	/** The store, its tables migrated first. */
	@Bean
	OpinionStore opinionStore(DataSource dataSource) {
		Migrations.migrate(dataSource, "store");
		return new OpinionStore(dataSource);
	}

}
