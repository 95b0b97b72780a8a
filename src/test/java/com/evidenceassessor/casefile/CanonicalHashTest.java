package com.evidenceassessor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.evidenceassessor.cli.Main;

/**
 * The canonical form is written in one pass with sorted properties; it must be byte for
 * byte the form a tree gives whose every object is sorted by key, or stored input hashes
 * would stop matching the same case read again.
 */
class CanonicalHashTest {

	@TempDir
	Path dir;

	@Test
	void theExampleCasesAndAGeneratedArchiveHashAsTheirSortedTrees() throws IOException {
		assertThat(Main.run("generate", "--cases", "120", "--seed", "5", "--out", this.dir.toString())).isZero();
		List<Path> folders = new ArrayList<>(folders(Path.of("cases")));
		folders.addAll(folders(this.dir));
		int withFacts = 0;
		for (Path folder : folders) {
			CaseFile file = CaseFileReader.read(folder);
			withFacts += file.derivedFacts().isEmpty() ? 0 : 1;
			assertThat(file.inputHash()).as(folder.toString()).isEqualTo(SortedTreeHash.of(file.hashed()));
		}
		assertThat(folders).hasSizeGreaterThan(130);
		assertThat(withFacts).as("cases with bills or evidence files").isGreaterThan(10);
	}

	@Test
	void keysAreSortedAtEveryLevelAndNothingIsIndented() {
		record Inner(String zeta, String alpha) {
		}
		record Outer(Inner middle, Map<String, Integer> again, String beta) {
		}
		Outer value = new Outer(new Inner("z", "a"), Map.of("y", 2, "b", 1), "b");
		assertThat(CanonicalHash.of(value)).isEqualTo(CanonicalHash
			.sha256("{\"again\":{\"b\":1,\"y\":2},\"beta\":\"b\",\"middle\":{\"alpha\":\"a\",\"zeta\":\"z\"}}"));
	}

	@Test
	void decimalsHashAlikeWhateverTheirTrailingZeros() {
		record Amount(BigDecimal amount) {
		}
		assertThat(CanonicalHash.of(new Amount(new BigDecimal("50000.00"))))
			.isEqualTo(CanonicalHash.of(new Amount(new BigDecimal("50000"))))
			.isEqualTo(CanonicalHash.sha256("{\"amount\":5E+4}"));
		assertThat(CanonicalHash.of(new Amount(new BigDecimal("0.00"))))
			.isEqualTo(CanonicalHash.sha256("{\"amount\":0}"));
	}

	private static List<Path> folders(Path parent) throws IOException {
		try (Stream<Path> children = Files.list(parent)) {
			return children.filter(Files::isDirectory).sorted().toList();
		}
	}

}
