package com.evidenceassessor.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long-lived what-if session against the reference on cases no one wrote by hand:
 * {@link IncrementalWhatIfTest} checks the sixteen examples what-if by what-if; here the
 * whole opinion (remedies, plans, unknowns, case plan and questions) must be the same
 * with a fresh session per what-if for generated cases of every cause, both evidence
 * regimes, with evidence files and WeChat Pay bills.
 */
class GeneratedCasesWhatIfTest {

	private static final int CASES = 24;

	@TempDir
	static Path archive;

	@TestFactory
	Stream<DynamicTest> theOpinionIsTheSameWithFreshSessions() throws IOException {
		assertThat(Main.run("generate", "--cases", String.valueOf(CASES), "--seed", "11", "--out", archive.toString()))
			.isZero();
		List<Path> folders;
		try (Stream<Path> listed = Files.list(archive)) {
			folders = listed.filter(Files::isDirectory).sorted().toList();
		}
		assertThat(folders).hasSize(CASES);
		Assessor assessor = Assessor.of(ExampleCases.rules());
		return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
			CaseFile caseFile = CaseFileReader.read(folder);
			assertThat(assessor.assess(caseFile, Assessor.Options.FULL))
				.isEqualTo(assessor.assess(caseFile, Assessor.Options.FULL.fresh()));
		}));
	}

}
