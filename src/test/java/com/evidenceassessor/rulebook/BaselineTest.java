package com.evidenceassessor.rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The impact report's baseline taken from a git revision ({@code git archive | tar -x})
 * in a real repository, and the clear errors when it cannot be.
 */
class BaselineTest {

	@TempDir
	Path repo;

	private Path rules;

	@BeforeEach
	void repository() throws Exception {
		this.rules = RulesFixture.create(Files.createDirectories(this.repo.resolve("rules")));
		git("init", "-q");
		git("add", "-A");
		git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "rules");
	}

	@Test
	void aRevisionIsExportedIntoATemporaryFolderThatIsRemovedAfterwards() {
		RulesFixture.replace(this.rules, "parameters/scoring.yaml", "values: { 2013-01-01: 90 }",
				"values: { 2013-01-01: 95 }");
		Path exported;
		try (Baseline baseline = Baseline.resolve("HEAD", this.rules)) {
			exported = baseline.folder();
			assertThat(baseline.label()).isEqualTo("git HEAD");
			assertThat(RulesFixture.read(exported, "parameters/scoring.yaml")).contains("2013-01-01: 90 }");
			assertThat(RuleSetLoader.load(exported).hash()).isNotEqualTo(RuleSetLoader.load(this.rules).hash());
		}
		assertThat(exported).doesNotExist();
	}

	@Test
	void anUnknownRevisionIsAClearError() {
		assertThatThrownBy(() -> Baseline.resolve("no-such-branch", this.rules)).isInstanceOf(InputException.class)
			.hasMessageContaining("--baseline")
			.hasMessageContaining("git knows no revision 'no-such-branch'");
	}

	@Test
	void aRevisionThatLooksLikeAnOptionIsRefused() {
		assertThatThrownBy(() -> Baseline.resolve("--output=/tmp/x", this.rules)).isInstanceOf(InputException.class)
			.hasMessageContaining("neither a rules folder nor a git revision");
	}

	@Test
	void aRulesFolderOutsideGitIsAClearError(@TempDir Path elsewhere) {
		Path outside = RulesFixture.create(elsewhere);
		assertThatThrownBy(() -> Baseline.resolve("HEAD", outside)).isInstanceOf(InputException.class)
			.hasMessageContaining("not in a git checkout");
	}

	@Test
	void aFolderIsUsedAsItIs() {
		try (Baseline baseline = Baseline.resolve(this.rules.toString(), this.rules)) {
			assertThat(baseline.folder()).isEqualTo(this.rules);
			assertThat(baseline.temporary()).isNull();
		}
	}

	private void git(String... args) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of("git", "-C", this.repo.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
	}

}
