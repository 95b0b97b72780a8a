package com.evidenceassessor.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.evidenceassessor.security.Role;
import com.evidenceassessor.security.Secrets;
import com.evidenceassessor.security.UserAccount;
import com.evidenceassessor.security.UsersFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assessor users}: the web server's users in {@code <data>/users.yaml}. Only
 * hashes are stored; a running server sees changes without a restart.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
		description = "Manage the web server's users (<data>/users.yaml): only password and token hashes are kept.",
		subcommands = { UsersCommand.Add.class, UsersCommand.Remove.class, UsersCommand.ListUsers.class,
				UsersCommand.Token.class })
final class UsersCommand {

	private static final int MIN_PASSWORD = 10;

	static Path file(DataOption data) {
		return data.folder().resolve("users.yaml");
	}

	static UserAccount find(List<UserAccount> users, String name) {
		return users.stream()
			.filter(u -> u.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new CommandFailure(ExitCodes.INVALID_INPUT, "no user '" + name + "'; known: "
					+ users.stream().map(UserAccount::name).collect(Collectors.joining(", "))));
	}

	/**
	 * {@code users add <name> --role lawyer}: adds a user or sets their password and
	 * roles.
	 */
	@Command(name = "add", mixinStandardHelpOptions = true,
			description = { "Add a user, or replace an existing user's password and roles.",
					"The password is asked for on the terminal, read from standard input with --password-stdin, "
							+ "or, without a terminal, generated and shown once." })
	static final class Add implements Callable<Integer> {

		@Parameters(paramLabel = "<name>", description = "The user name.")
		private String name;

		@Option(names = "--role", required = true, split = ",", paramLabel = "<role>",
				description = "lawyer, rule-editor or admin (repeat or separate with commas).")
		private List<String> roles;

		@Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
		private boolean passwordStdin;

		@Mixin
		private DataOption data;

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			List<Role> parsed = this.roles.stream().map(Add::role).toList();
			String password = password();
			Path file = file(this.data);
			List<UserAccount> users = new ArrayList<>(UsersFile.read(file));
			List<String> tokens = users.stream()
				.filter(u -> u.name().equals(this.name))
				.findFirst()
				.map(UserAccount::tokenHashes)
				.orElse(List.of());
			users.removeIf(u -> u.name().equals(this.name));
			users.add(new UserAccount(this.name, Secrets.bcrypt(password), parsed, tokens));
			UsersFile.write(file, users);
			PrintWriter out = this.spec.commandLine().getOut();
			out.println("user '" + this.name + "' saved in " + file + " with roles " + parsed);
			out.flush();
			return ExitCodes.OK;
		}

		private String password() throws IOException {
			PrintWriter out = this.spec.commandLine().getOut();
			if (this.passwordStdin) {
				String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				return checked(line == null ? "" : line.strip());
			}
			Console console = System.console();
			if (console == null) {
				String generated = Secrets.randomPassword();
				out.println("password for '" + this.name + "' (shown once): " + generated);
				return generated;
			}
			char[] first = console.readPassword("password for %s: ", this.name);
			char[] second = console.readPassword("again: ");
			if (first == null || !Arrays.equals(first, second)) {
				throw new CommandFailure(ExitCodes.INVALID_INPUT, "the two passwords differ");
			}
			return checked(new String(first));
		}

		private static String checked(String password) {
			if (password.length() < MIN_PASSWORD) {
				throw new CommandFailure(ExitCodes.INVALID_INPUT,
						"the password is too short; use at least " + MIN_PASSWORD + " characters");
			}
			return password;
		}

		private static Role role(String text) {
			String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
			if (name.equals("RULEEDITOR")) {
				name = Role.RULE_EDITOR.name();
			}
			try {
				return Role.valueOf(name);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandFailure(ExitCodes.INVALID_INPUT,
						"--role " + text + " is not a role; expected lawyer, rule-editor or admin");
			}
		}

	}

	/** {@code users remove <name>}. */
	@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user and their API tokens.")
	static final class Remove implements Callable<Integer> {

		@Parameters(paramLabel = "<name>")
		private String name;

		@Mixin
		private DataOption data;

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() {
			Path file = file(this.data);
			List<UserAccount> users = new ArrayList<>(UsersFile.read(file));
			users.remove(find(users, this.name));
			UsersFile.write(file, users);
			this.spec.commandLine().getOut().println("user '" + this.name + "' removed");
			this.spec.commandLine().getOut().flush();
			return ExitCodes.OK;
		}

	}

	/** {@code users list}. */
	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
	static final class ListUsers implements Callable<Integer> {

		@Mixin
		private DataOption data;

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			for (UserAccount user : UsersFile.read(file(this.data))) {
				out.printf("%-24s %-28s %d API token(s)%n", user.name(), user.roles(), user.tokenHashes().size());
			}
			out.flush();
			return ExitCodes.OK;
		}

	}

	/** {@code users token <name>}: a new API token, shown once. */
	@Command(name = "token", mixinStandardHelpOptions = true,
			description = "Create an API token for a user (shown once; only its SHA-256 is kept). "
					+ "Use it as 'Authorization: Bearer <token>'.")
	static final class Token implements Callable<Integer> {

		@Parameters(paramLabel = "<name>")
		private String name;

		@Option(names = "--revoke-all", description = "Revoke the user's tokens instead of creating one.")
		private boolean revokeAll;

		@Mixin
		private DataOption data;

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() {
			Path file = file(this.data);
			List<UserAccount> users = new ArrayList<>(UsersFile.read(file));
			UserAccount user = find(users, this.name);
			PrintWriter out = this.spec.commandLine().getOut();
			UserAccount changed;
			if (this.revokeAll) {
				changed = new UserAccount(user.name(), user.passwordHash(), user.roles(), List.of());
				out.println("revoked " + user.tokenHashes().size() + " token(s) of '" + this.name + "'");
			}
			else {
				String token = Secrets.randomToken();
				changed = user.withToken(Secrets.sha256(token));
				out.println(token);
			}
			users.set(users.indexOf(user), changed);
			UsersFile.write(file, users);
			out.flush();
			return ExitCodes.OK;
		}

	}

}
