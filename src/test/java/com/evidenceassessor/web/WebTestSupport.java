package com.evidenceassessor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.evidenceassessor.security.Secrets;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running server shared by the web, API and browser tests: its own copy of the rules
 * (so a test may break and restore them), its own data folder, and four users.
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class WebTestSupport {

	/**
	 * The upload folders ({@code assessor-upload-*}) in the temporary directory now: an
	 * upload must leave none behind, whatever happened.
	 */
	public static long uploadFolders() throws IOException {
		try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return entries.filter(p -> p.getFileName().toString().startsWith("assessor-upload-")).count();
		}
	}

	public static final String LAWYER = "lawyer";

	public static final String OTHER_LAWYER = "lawyer2";

	public static final String EDITOR = "editor";

	public static final String ADMIN = "admin";

	public static final String PASSWORD = "correct horse battery";

	public static final String LAWYER_TOKEN = Secrets.randomToken();

	public static final Path RULES = copyOfRules();

	public static final Path DATA = temporaryFolder("assessor-test-data-");

	public static final Path EXAMPLE = Path.of("cases/voice-only-loan-acknowledgement/case.yaml").toAbsolutePath();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			org.springframework.util.FileSystemUtils.deleteRecursively(RULES.toFile());
			org.springframework.util.FileSystemUtils.deleteRecursively(DATA.toFile());
		}));
	}

	@DynamicPropertySource
	static void server(DynamicPropertyRegistry properties) {
		properties.add("assessor.rules", RULES::toString);
		properties.add("assessor.data", DATA::toString);
		String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
		String[][] users = { { LAWYER, "LAWYER" }, { OTHER_LAWYER, "LAWYER" }, { EDITOR, "RULE_EDITOR" },
				{ ADMIN, "ADMIN" } };
		for (int i = 0; i < users.length; i++) {
			properties.add("assessor.security.users[" + i + "].name", users[i][0]::toString);
			properties.add("assessor.security.users[" + i + "].password-hash", () -> hash);
			properties.add("assessor.security.users[" + i + "].roles", users[i][1]::toString);
		}
		properties.add("assessor.security.users[0].token-hashes", () -> Secrets.sha256(LAWYER_TOKEN));
		properties.add("logging.level.com.evidenceassessor", () -> "WARN");
	}

	private static Path copyOfRules() {
		Path target = temporaryFolder("assessor-test-rules-");
		Path source = Path.of("rules").toAbsolutePath();
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path temporaryFolder(String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
