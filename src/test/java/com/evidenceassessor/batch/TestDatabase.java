package com.evidenceassessor.batch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.evidenceassessor.store.PostgresServer;
import com.evidenceassessor.store.StoreDatabase;

/**
 * The database a test run stores in: the default H2 file in the run's data folder, or a
 * fresh database on the tests' PostgreSQL server (given to the run as {@code --config}).
 */
enum TestDatabase {

	H2 {
		@Override
		Target open(Path work) {
			return h2(work.resolve("data"));
		}
	},

	POSTGRESQL {
		@Override
		Target open(Path work) {
			PostgresServer.Database database = PostgresServer.shared().newDatabase(work);
			return new Target(database.config(), database::connect);
		}
	};

	/** A database for a run whose files go under {@code work}. */
	abstract Target open(Path work);

	/** The H2 database of a data folder. */
	static Target h2(Path dataFolder) {
		return new Target(null, () -> DriverManager.getConnection(StoreDatabase.h2Url(dataFolder), "sa", ""));
	}

	/**
	 * @param config the properties file naming the database, {@code null} for the default
	 * @param connector opens a connection to it
	 */
	record Target(Path config, Connector connector) {

		Connection connect() throws SQLException {
			return this.connector.connect();
		}

	}

	@FunctionalInterface
	interface Connector {

		Connection connect() throws SQLException;

	}

}
