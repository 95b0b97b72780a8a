package com.evidenceassessor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.security.Role;
import com.evidenceassessor.security.UserAccount;
import com.evidenceassessor.security.UsersFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class WebCommandsTest {

	@TempDir
	Path data;

	@Test
	void serveWithRulesThatDoNotCompileStopsWithTheRulesExitCodeAndLocatedProblems() throws IOException {
		Path rules = Files.createDirectories(this.data.resolve("rules"));
		Files.writeString(rules.resolve("broken.drl"), "package x;\nrule \"r\" when then end oops\n");
		CommandRun output = run(null, "serve", "--rules", rules.toString(), "--data", this.data.toString(), "--port",
				"0");
		assertThat(output.exit()).isEqualTo(ExitCodes.RULES_BROKEN);
		assertThat(output.err()).startsWith("error: the server did not start:")
			.contains("broken.drl")
			.doesNotContain("\tat ")
			.doesNotContain("Exception:");
	}

	@Test
	void serveRefusesAPortThatIsNotOne() {
		CommandRun output = run(null, "serve", "--port", "70000", "--data", this.data.toString());
		assertThat(output.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(output.err()).contains("--port 70000 is not a port");
	}

	@Test
	void usersAreAddedListedGivenTokensAndRemovedKeepingOnlyHashes() throws IOException {
		String dataOption = "--data=" + this.data;
		CommandRun added = run("a long enough password\n", "users", "add", "alice", "--role", "lawyer,rule-editor",
				"--password-stdin", dataOption);
		assertThat(added.exit()).isEqualTo(0);
		UserAccount alice = UsersFile.read(this.data.resolve("users.yaml")).get(0);
		assertThat(alice.roles()).containsExactly(Role.LAWYER, Role.RULE_EDITOR);
		assertThat(new BCryptPasswordEncoder().matches("a long enough password", alice.passwordHash())).isTrue();

		CommandRun token = run(null, "users", "token", "alice", dataOption);
		assertThat(token.out().strip()).startsWith("ea_");
		assertThat(Files.readString(this.data.resolve("users.yaml"))).doesNotContain(token.out().strip());

		assertThat(run(null, "users", "list", dataOption).out()).contains("alice", "1 API token(s)");
		assertThat(run("short\n", "users", "add", "bob", "--role", "lawyer", "--password-stdin", dataOption).err())
			.contains("too short");
		assertThat(run(null, "users", "add", "bob", "--role", "judge", dataOption).err()).contains("is not a role");
		assertThat(run(null, "users", "remove", "alice", dataOption).exit()).isEqualTo(0);
		assertThat(UsersFile.read(this.data.resolve("users.yaml"))).isEmpty();
	}

	private static CommandRun run(String stdin, String... args) {
		return CommandRun.withInput(stdin, args);
	}

}
