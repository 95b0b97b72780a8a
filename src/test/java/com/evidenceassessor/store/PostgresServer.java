package com.evidenceassessor.store;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL server for the tests: a throw-away cluster in a temporary folder
 * on a free port, made with the PostgreSQL installed on the machine (Debian's
 * {@code postgresql} package, which {@code .ci/run} installs), started once per test JVM
 * and stopped and deleted when the JVM ends.
 * <p>
 * Where PostgreSQL is not installed, the tests that ask for it are skipped and say why —
 * unless the environment variable {@code ASSESSOR_TEST_POSTGRES=required} is set (CI sets
 * it), where its absence fails them. PostgreSQL refuses to run as root; as root the
 * server runs as the {@code postgres} system user the package creates.
 */
public final class PostgresServer {

	/** The environment variable that makes a missing PostgreSQL a failure. */
	static final String REQUIRED = "ASSESSOR_TEST_POSTGRES";

	private static final String SUPERUSER = "assessor";

	private static PostgresServer shared;

	private static RuntimeException startFailure;

	private final Path bin;

	private final Path home;

	private final int port;

	private final boolean asPostgresUser;

	private final AtomicInteger databases = new AtomicInteger();

	private PostgresServer(Path bin, Path home, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.home = home;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	/** A database on the server: its JDBC address and a properties file naming it. */
	public record Database(String name, String url, Path config) {

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, SUPERUSER, "");
		}

	}

	/**
	 * The server of this JVM, started on first use; skips the calling test where
	 * PostgreSQL is not installed (fails it when
	 * {@code ASSESSOR_TEST_POSTGRES=required}).
	 */
	public static synchronized PostgresServer shared() {
		if (shared == null && startFailure == null) {
			try {
				shared = start();
			}
			catch (RuntimeException ex) {
				startFailure = ex;
			}
		}
		if (startFailure != null) {
			throw startFailure;
		}
		return shared;
	}

	/**
	 * A new empty database, and {@code assessor.properties} in {@code folder} that points
	 * the assessor's {@code --config} at it.
	 */
	public Database newDatabase(Path folder) {
		String name = "assessor_test_" + this.databases.incrementAndGet();
		String url = "jdbc:postgresql://localhost:" + this.port + "/" + name;
		try (Connection connection = DriverManager
			.getConnection("jdbc:postgresql://localhost:" + this.port + "/postgres", SUPERUSER, "");
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
			Files.createDirectories(folder);
			Path config = folder.resolve("assessor.properties");
			Files.writeString(config, "spring.datasource.url=" + url + "\nspring.datasource.username=" + SUPERUSER
					+ "\nspring.datasource.password=\n", StandardCharsets.UTF_8);
			return new Database(name, url, config);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create a test database: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PostgresServer start() {
		Optional<Path> bin = binaries();
		if (bin.isEmpty()) {
			String why = "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on the PATH; "
					+ "apt-get install postgresql)";
			if ("required".equals(System.getenv(REQUIRED))) {
				throw new IllegalStateException(why + ", and " + REQUIRED + "=required");
			}
			Assumptions.abort(why);
		}
		boolean root = "root".equals(System.getProperty("user.name"));
		try {
			Path home = Files.createTempDirectory("assessor-pg-");
			if (root) {
				UserPrincipal postgres = home.getFileSystem()
					.getUserPrincipalLookupService()
					.lookupPrincipalByName("postgres");
				Files.setOwner(home, postgres);
			}
			PostgresServer server = new PostgresServer(bin.get(), home, freePort(), root);
			server.initialise();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-stop"));
			server.startServer();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The newest Debian-installed PostgreSQL, else the one on the PATH.
	 */
	private static Optional<Path> binaries() {
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (Stream<Path> versions = Files.list(debian)) {
				Optional<Path> newest = versions.map(v -> v.resolve("bin"))
					.filter(b -> Files.isExecutable(b.resolve("initdb")))
					.max(Comparator.comparingInt(PostgresServer::majorVersion));
				if (newest.isPresent()) {
					return newest;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.filter(dir -> !dir.isEmpty())
			.map(Path::of)
			.filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
			.findFirst();
	}

	private static int majorVersion(Path bin) {
		String name = bin.getParent().getFileName().toString();
		return name.chars().allMatch(Character::isDigit) ? Integer.parseInt(name) : 0;
	}

	private void initialise() {
		run("initdb", "-D", data(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
	}

	private void startServer() {
		// durability off: the server's own crash is not what the tests exercise
		run("pg_ctl", "-D", data(), "-l", this.home.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + this.port + " -k " + this.home + " -c listen_addresses=localhost -c fsync=off"
						+ " -c synchronous_commit=off -c full_page_writes=off",
				"start");
	}

	private void stop() {
		try {
			run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
		}
		catch (RuntimeException ex) {
			// the JVM is ending; what is left is in a temporary folder
		}
		try (Stream<Path> paths = Files.walk(this.home)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// as above
		}
	}

	private String data() {
		return this.home.resolve("data").toString();
	}

	private void run(String program, String... args) {
		List<String> command = new ArrayList<>();
		if (this.asPostgresUser) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(this.bin.resolve(program).toString());
		command.addAll(List.of(args));
		try {
			Path log = Files.createTempFile("assessor-pg-", ".log");
			try {
				Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(log.toFile())
					.start();
				if (!process.waitFor(2, TimeUnit.MINUTES)) {
					process.destroyForcibly();
					throw new IllegalStateException(program + " did not finish in 2 minutes");
				}
				if (process.exitValue() != 0) {
					throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): "
							+ Files.readString(log, StandardCharsets.UTF_8) + serverLog());
				}
			}
			finally {
				Files.deleteIfExists(log);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String serverLog() throws IOException {
		Path log = this.home.resolve("server.log");
		return Files.exists(log) ? "\nserver log:\n" + Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
