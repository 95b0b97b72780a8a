package com.evidenceassessor.store;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/**
 * The {@code --data} and {@code --config} options of the commands that use the database:
 * where the default H2 database lives, and an optional properties file that points
 * elsewhere ({@code spring.datasource.url=jdbc:postgresql://...}).
 */
public final class DataOption {

	@Option(names = "--data", paramLabel = "<dir>", defaultValue = "data",
			description = "The data folder: the H2 database (opinion store, job repository) and unpacked archives "
					+ "(default: ./${DEFAULT-VALUE}).")
	private Path folder;

	@Option(names = "--config", paramLabel = "<file>",
			description = "A properties file with spring.datasource.url, .username, .password to use another "
					+ "database (PostgreSQL); also read: ./assessor.properties, ./config/assessor.properties.")
	private Path config;

	public Path folder() {
		return this.folder;
	}

	public Path config() {
		return this.config;
	}

	/** Opens the opinion store alone. */
	public ConfigurableApplicationContext openStore() {
		return StoreDatabase.openStore(this.folder, this.config);
	}

}
