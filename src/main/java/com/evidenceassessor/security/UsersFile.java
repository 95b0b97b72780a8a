package com.evidenceassessor.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import com.evidenceassessor.casefile.JacksonErrors;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.Location;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The users file ({@code users.yaml} in the data folder): the users, their roles, and
 * only the hashes of their passwords and API tokens. Written whole or not at all,
 * readable by its owner only. Edited with {@code ./assessor users}.
 *
 * <pre>
 * users:
 *   - name: alice
 *     passwordHash: $2a$10$...
 *     roles: [lawyer]
 *     tokenHashes: []
 * </pre>
 */
public final class UsersFile {

	private static final String HEADER = "# Users of the Evidence Assessor web server (docs/web.md). Only hashes are "
			+ "kept:\n# passwords as BCrypt, API tokens as SHA-256. Edit with ./assessor users.\n";

	private UsersFile() {
	}

	/** The users in the file; none when the file does not exist. */
	public static List<UserAccount> read(Path file) {
		if (!Files.exists(file)) {
			return List.of();
		}
		String source = file.toString();
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			if (text.isBlank()) {
				return List.of();
			}
			Content content = Json.yaml().readValue(text, Content.class);
			List<UserAccount> users = (content != null) ? content.users() : List.of();
			UserRules.check(users, source);
			return users;
		}
		catch (JsonProcessingException ex) {
			throw JacksonErrors.toInputException(ex, source);
		}
		catch (IOException ex) {
			throw new InputException(Location.file(source), "cannot read the users file: " + ex.getMessage());
		}
	}

	/** Replaces the file's content with these users. */
	public static void write(Path file, List<UserAccount> users) {
		UserRules.check(users, file.toString());
		try {
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			Path temp = Files.createTempFile(folder, ".users-", ".tmp");
			restrictToOwner(temp);
			Files.writeString(temp, HEADER + Json.yaml().writeValueAsString(new Content(users)),
					StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new InputException(Location.file(file.toString()), "cannot write the users file: " + ex.getMessage());
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	/**
	 * @param users the users
	 */
	record Content(List<UserAccount> users) {

		Content {
			users = (users != null) ? List.copyOf(users) : List.of();
		}

	}

}
