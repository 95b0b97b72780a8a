package com.evidenceassessor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import com.evidenceassessor.rules.RulesException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetHolderTest {

	@TempDir
	Path rules;

	@BeforeEach
	void copyRules() throws IOException {
		Path source = Path.of("rules");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = this.rules.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
	}

	@Test
	void rulesThatDoNotCompileStopTheHolderFromBeingBuilt() throws IOException {
		Files.writeString(this.rules.resolve("wechat-practice/broken.drl"),
				"package x;\nrule \"r\" when then end oops\n");
		assertThatThrownBy(() -> new RuleSetHolder(this.rules, Clock.systemUTC())).isInstanceOf(RulesException.class)
			.hasMessageContaining("broken.drl");
	}

	@Test
	void aReloadSwapsInEditedRulesAndARefusedOneKeepsTheOld() throws IOException {
		RuleSetHolder holder = new RuleSetHolder(this.rules, Clock.systemUTC());
		String first = holder.get().hash();
		assertThat(holder.status().lastReload()).isNull();

		Path points = this.rules.resolve("parameters/points.yaml");
		Files.writeString(points, Files.readString(points) + "\n# reviewed again\n");
		RuleReloader.Reload changed = holder.reload();
		assertThat(changed.succeeded()).isTrue();
		assertThat(changed.hashInService()).isNotEqualTo(first).isEqualTo(holder.get().hash());

		Files.writeString(this.rules.resolve("wechat-practice/broken.drl"),
				"package x;\nrule \"r\" when then end oops\n");
		RuleReloader.Reload refused = holder.reload();
		assertThat(refused.succeeded()).isFalse();
		assertThat(refused.hashInService()).isEqualTo(changed.hashInService());
		assertThat(refused.problems()).anySatisfy(p -> assertThat(p.file()).contains("broken.drl"));
		assertThat(holder.get().hash()).isEqualTo(changed.hashInService());
		assertThat(holder.status().lastReload()).isEqualTo(refused);
	}

	@Test
	void aRuleThatWouldEndTheServerIsRefusedOnReloadAndTheOldRulesServe() throws IOException {
		RuleSetHolder holder = new RuleSetHolder(this.rules, Clock.systemUTC());
		String before = holder.get().hash();
		Files.createDirectories(this.rules.resolve("hostile"));
		Files.copy(Path.of("src/test/resources/hostile/rules/system-exit.drl"),
				this.rules.resolve("hostile/system-exit.drl"));
		RuleReloader.Reload refused = holder.reload();
		assertThat(refused.succeeded()).isFalse();
		assertThat(refused.problems()).anySatisfy(p -> assertThat(p.message()).contains("System.exit"));
		assertThat(holder.get().hash()).isEqualTo(before);
		holder.close();
	}

}
