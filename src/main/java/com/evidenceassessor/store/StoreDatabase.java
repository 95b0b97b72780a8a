package com.evidenceassessor.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the non-web Spring contexts of the command line (the batch job, the history
 * command) on the assessor's database: by default an H2 file database in the data folder;
 * PostgreSQL (or any JDBC database) when {@code spring.datasource.*} is set in
 * {@code assessor.properties} (current folder or {@code ./config/}), in a file given with
 * {@code --config}, or in the environment ({@code SPRING_DATASOURCE_URL}, ...). See
 * docs/batch.md.
 */
public final class StoreDatabase {

	/** H2's error code for a database file another process holds open. */
	private static final int H2_DATABASE_IN_USE = 90020;

	private StoreDatabase() {
	}

	/**
	 * The H2 file database in a data folder. {@code WRITE_DELAY=0} makes every commit
	 * reach the file before the commit returns: with H2's default (changes written in the
	 * background about once a second) a process killed with kill -9 loses its last
	 * commits, and a resumed batch would redo work it had finished (tried here: a killed
	 * process lost everything it had committed in its first second).
	 */
	public static String h2Url(Path dataFolder) {
		return "jdbc:h2:file:" + dataFolder.toAbsolutePath().normalize().resolve("assessor")
				+ ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
	}

	/**
	 * A builder for a context from {@code sources}, web server off, our defaults at the
	 * lowest precedence.
	 */
	public static SpringApplicationBuilder application(Path dataFolder, Path configFile, Class<?>... sources) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.config.name", "assessor");
		if (configFile != null) {
			defaults.put("spring.config.additional-location", "file:" + configFile.toAbsolutePath());
		}
		defaults.put("spring.datasource.url", h2Url(dataFolder));
		defaults.put("spring.datasource.username", "sa");
		defaults.put("spring.datasource.password", "");
		defaults.put("spring.datasource.hikari.pool-name", "assessor");
		defaults.put("spring.main.log-startup-info", "false");
		defaults.put("spring.jmx.enabled", "false");
		// a context that fails to start is reported as one line by the command, not
		// logged
		defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		return new SpringApplicationBuilder(sources).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.properties(defaults);
	}

	/** Opens the store alone, for commands that only read or add opinions. */
	public static ConfigurableApplicationContext openStore(Path dataFolder, Path configFile) {
		return start(application(dataFolder, configFile, StoreContext.class), dataFolder);
	}

	/**
	 * Starts a context, turning a database that cannot be opened into one clear
	 * {@link DatabaseUnavailableException}.
	 */
	public static ConfigurableApplicationContext start(SpringApplicationBuilder builder, Path dataFolder) {
		try {
			return builder.run();
		}
		catch (RuntimeException ex) {
			throw explain(ex, dataFolder);
		}
	}

	private static RuntimeException explain(RuntimeException ex, Path dataFolder) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof SQLException sql) {
				if (sql.getErrorCode() == H2_DATABASE_IN_USE) {
					return new DatabaseUnavailableException("the database in " + dataFolder
							+ " is in use by another assessor process (a batch still running?); wait for it to "
							+ "finish, or use another --data folder");
				}
				return new DatabaseUnavailableException("cannot open the database: " + firstLine(sql.getMessage()));
			}
			cause = cause.getCause();
		}
		return ex;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
