package com.evidenceassessor.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Brings a feature's tables up to date with Flyway. Each feature keeps its migrations in
 * its own classpath folder with its own history table, so features (the opinion store,
 * the batch job, the web app) migrate independently in one database and their version
 * numbers never clash. {@code baselineOnMigrate} with baseline 0 lets a feature migrate a
 * schema that already holds another feature's tables.
 */
public final class Migrations {

	private Migrations() {
	}

	/**
	 * Applies the migrations in {@code classpath:db/<feature>} and records them in
	 * {@code <feature>_schema_history}.
	 */
	public static void migrate(DataSource dataSource, String feature) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/" + feature)
			.table(feature + "_schema_history")
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}
