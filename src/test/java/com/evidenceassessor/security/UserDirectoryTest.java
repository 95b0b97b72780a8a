package com.evidenceassessor.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserDirectoryTest {

	@TempDir
	Path data;

	@Test
	void theFirstStartCreatesAnAdministratorShowsThePasswordOnceAndKeepsOnlyItsHash() throws IOException {
		Path file = this.data.resolve("users.yaml");
		List<String> console = new ArrayList<>();
		UserDirectory first = new UserDirectory(new SecuritySettings(List.of(), file), console::add);
		String password = console.stream()
			.filter(line -> line.contains("password:"))
			.map(line -> line.substring(line.lastIndexOf(' ') + 1))
			.findFirst()
			.orElseThrow();
		assertThat(password).hasSize(20);
		assertThat(Files.readString(file)).doesNotContain(password).contains("$2a$");
		String hash = first.loadUserByUsername("admin").getPassword();
		assertThat(new BCryptPasswordEncoder().matches(password, hash)).isTrue();
		assertThat(first.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_ADMIN");

		console.clear();
		new UserDirectory(new SecuritySettings(List.of(), file), console::add);
		assertThat(console).isEmpty();
	}

	@Test
	void configuredUsersNeedNoFirstRunAdministrator() {
		Path file = this.data.resolve("users.yaml");
		List<String> console = new ArrayList<>();
		UserDirectory users = new UserDirectory(new SecuritySettings(List.of(lawyer("alice")), file), console::add);
		assertThat(console).isEmpty();
		assertThat(Files.exists(file)).isFalse();
		assertThat(users.loadUserByUsername("alice").getUsername()).isEqualTo("alice");
		assertThatThrownBy(() -> users.loadUserByUsername("mallory")).isInstanceOf(UsernameNotFoundException.class);
	}

	@Test
	void aPlainPasswordInTheConfigurationIsRefused() {
		UserAccount plain = new UserAccount("bob", "hunter2hunter2", List.of(Role.LAWYER), null);
		assertThatThrownBy(
				() -> new UserDirectory(new SecuritySettings(List.of(plain), this.data.resolve("users.yaml")), s -> {
				}))
			.isInstanceOf(InputException.class)
			.hasMessageContaining("users[0].passwordHash")
			.hasMessageContaining("never a password");
	}

	@Test
	void changesToTheUsersFileAreSeenWithoutARestartAndABrokenFileKeepsThePreviousUsers() throws IOException {
		Path file = this.data.resolve("users.yaml");
		UsersFile.write(file, List.of(lawyer("alice")));
		UserDirectory users = new UserDirectory(new SecuritySettings(List.of(), file), s -> {
		});
		String token = Secrets.randomToken();
		UsersFile.write(file, List.of(lawyer("alice"), lawyer("carol").withToken(Secrets.sha256(token))));
		assertThat(users.loadUserByUsername("carol").getUsername()).isEqualTo("carol");
		assertThat(users.byToken(token)).map(UserAccount::name).contains("carol");
		assertThat(users.byToken(Secrets.randomToken())).isEmpty();

		Files.writeString(file, "users:\n  - name: dave\n    passwordHash: nothash\n    roles: [lawyer]\n");
		assertThat(users.loadUserByUsername("carol").getUsername()).isEqualTo("carol");
		assertThatThrownBy(() -> users.loadUserByUsername("dave")).isInstanceOf(UsernameNotFoundException.class);
	}

	@Test
	void aUsersFileWithAnUnknownRoleIsALocatedError() throws IOException {
		Path file = Files.writeString(this.data.resolve("users.yaml"),
				"users:\n  - name: dave\n    passwordHash: x\n    roles: [judge]\n");
		assertThatThrownBy(() -> UsersFile.read(file)).isInstanceOf(InputException.class)
			.hasMessageContaining("users.yaml:4")
			.hasMessageContaining("expected one of lawyer, ruleEditor, admin");
	}

	private static UserAccount lawyer(String name) {
		return new UserAccount(name, new BCryptPasswordEncoder(4).encode("a long password"), List.of(Role.LAWYER),
				null);
	}

}
