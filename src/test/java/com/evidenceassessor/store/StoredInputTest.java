package com.evidenceassessor.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredInputTest {

	/** A fact as a bill reader might derive it, with a computed property. */
	public record BillRowFact(String itemId, BigDecimal amount, boolean outgoing) {

		public boolean isLarge() {
			return this.amount.compareTo(BigDecimal.valueOf(10_000)) > 0;
		}

	}

	@Test
	void theStoredInputReadsBackToTheSameCaseWithItsDerivedFactsAndHash() {
		CaseFile read = CaseFileReader.read(Path.of("cases/voice-only-loan-acknowledgement"));
		CaseFile withFacts = read.withDerivedFacts(List.of(new BillRowFact("E1", new BigDecimal("30000.00"), true)));
		String stored = StoredInput.write(withFacts);
		assertThat(stored).doesNotContain("\n").contains("\"type\":\"" + BillRowFact.class.getName() + "\"");
		CaseFile back = StoredInput.read(stored, "test");
		assertThat(back.legalCase()).isEqualTo(withFacts.legalCase());
		assertThat(back.derivedFacts()).containsExactly(new BillRowFact("E1", new BigDecimal("30000.00"), true));
		assertThat(back.inputHash()).isEqualTo(withFacts.inputHash());
	}

	@Test
	void generatedCasesWithAmountsReadBackExactly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		assertThat(com.evidenceassessor.cli.Main.run("generate", "--cases", "12", "--seed", "4", "--no-files", "--out",
				dir.toString()))
			.isZero();
		try (var folders = java.nio.file.Files.list(dir)) {
			for (Path folder : folders.toList()) {
				CaseFile read = CaseFileReader.read(folder);
				CaseFile back = StoredInput.read(StoredInput.write(read), folder.toString());
				assertThat(back.legalCase()).as(folder.toString()).isEqualTo(read.legalCase());
				assertThat(back.inputHash()).isEqualTo(read.inputHash());
			}
		}
	}

	@Test
	void aStoredInputNamingAForeignTypeIsRefused() {
		String stored = StoredInput.write(CaseFileReader.read(Path.of("cases/voice-only-loan-acknowledgement")))
			.replace("\"derivedFacts\":[]",
					"\"derivedFacts\":[{\"type\":\"java.lang.ProcessBuilder\",\"value\":{\"command\":[\"sh\"]}}]");
		assertThatThrownBy(() -> StoredInput.read(stored, "opinion 1")).isInstanceOf(InputException.class)
			.hasMessageContaining("foreign type 'java.lang.ProcessBuilder'");
	}

}
