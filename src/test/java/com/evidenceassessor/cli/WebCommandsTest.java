package com.evidenceassessor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
		Output output = run(null, "serve", "--rules", rules.toString(), "--data", this.data.toString(), "--port", "0");
		assertThat(output.code()).isEqualTo(ExitCodes.RULES_BROKEN);
		assertThat(output.err()).startsWith("error: the server did not start:")
			.contains("broken.drl")
			.doesNotContain("\tat ")
			.doesNotContain("Exception:");
	}

	@Test
	void serveRefusesAPortThatIsNotOne() {
		Output output = run(null, "serve", "--port", "70000", "--data", this.data.toString());
		assertThat(output.code()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(output.err()).contains("--port 70000 is not a port");
	}

	@Test
	void usersAreAddedListedGivenTokensAndRemovedKeepingOnlyHashes() throws IOException {
		String dataOption = "--data=" + this.data;
		Output added = run("a long enough password\n", "users", "add", "alice", "--role", "lawyer,rule-editor",
				"--password-stdin", dataOption);
		assertThat(added.code()).isEqualTo(0);
		UserAccount alice = UsersFile.read(this.data.resolve("users.yaml")).get(0);
		assertThat(alice.roles()).containsExactly(Role.LAWYER, Role.RULE_EDITOR);
		assertThat(new BCryptPasswordEncoder().matches("a long enough password", alice.passwordHash())).isTrue();

		Output token = run(null, "users", "token", "alice", dataOption);
		assertThat(token.out().strip()).startsWith("ea_");
		assertThat(Files.readString(this.data.resolve("users.yaml"))).doesNotContain(token.out().strip());

		assertThat(run(null, "users", "list", dataOption).out()).contains("alice", "1 API token(s)");
		assertThat(run("short\n", "users", "add", "bob", "--role", "lawyer", "--password-stdin", dataOption).err())
			.contains("too short");
		assertThat(run(null, "users", "add", "bob", "--role", "judge", dataOption).err()).contains("is not a role");
		assertThat(run(null, "users", "remove", "alice", dataOption).code()).isEqualTo(0);
		assertThat(UsersFile.read(this.data.resolve("users.yaml"))).isEmpty();
	}

	private static Output run(String stdin, String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		InputStream in = System.in;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			if (stdin != null) {
				System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
			}
			int code = Main.run(args);
			return new Output(code, outBytes.toString(StandardCharsets.UTF_8),
					errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
			System.setIn(in);
		}
	}

	private record Output(int code, String out, String err) {

	}

}
