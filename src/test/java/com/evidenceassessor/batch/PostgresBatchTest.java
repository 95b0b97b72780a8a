package com.evidenceassessor.batch;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.cli.CommandRun;
import com.evidenceassessor.store.AssessmentMode;
import com.evidenceassessor.store.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch job, the opinion store and the history command on a real PostgreSQL (the
 * tests' private server, see {@link PostgresServer}): the migrations apply, and an
 * archive gives exactly the rows and files it gives on the default H2 database. The kill
 * -9 and resume on PostgreSQL is in {@link CrashRestartTest}.
 */
class PostgresBatchTest {

	private static final int CASES = 30;

	private static final int INVALID = 2;

	@BeforeAll
	static void server() {
		PostgresServer.shared();
	}

	@Test
	void anArchiveGivesTheSameRowsAndFilesOnPostgresqlAsOnH2(@TempDir Path work) throws Exception {
		Path archive = BatchFixtures.generate(work.resolve("archive"), CASES, 11, INVALID);
		TestDatabase.Target h2 = TestDatabase.H2.open(work.resolve("h2"));
		TestDatabase.Target postgres = TestDatabase.POSTGRESQL.open(work.resolve("postgres"));

		RunOutcome onH2 = BatchFixtures
			.run(BatchFixtures.request(archive, work.resolve("h2"), h2.config(), AssessmentMode.FULL, 2));
		RunOutcome onPostgres = BatchFixtures
			.run(BatchFixtures.request(archive, work.resolve("postgres"), postgres.config(), AssessmentMode.FULL, 2));

		assertThat(onPostgres.completed()).isTrue();
		Map<String, List<String>> rows = BatchFixtures.databaseRows(postgres);
		assertThat(rows.get("opinion")).hasSize(CASES - INVALID);
		assertThat(rows.get("batch_skip")).hasSize(INVALID)
			.allSatisfy(skip -> assertThat(skip).contains("invalidInput"));
		assertThat(rows).isEqualTo(BatchFixtures.databaseRows(h2));
		assertThat(onH2.completed()).isTrue();
		assertThat(BatchFixtures.outputFiles(work.resolve("postgres/out")))
			.isEqualTo(BatchFixtures.outputFiles(work.resolve("h2/out")));
		try (Connection connection = postgres.connect()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(BatchFixtures.rows(connection,
					"SELECT 'store', success FROM store_schema_history WHERE version = '1' UNION ALL "
							+ "SELECT 'batch', success FROM batch_schema_history WHERE version = '1' ORDER BY 1"))
				.as("each feature's migration applied")
				.containsExactly("batch|t|", "store|t|");
		}
	}

	@Test
	void historyListsAndReproducesAnOpinionStoredInPostgresql(@TempDir Path work) throws Exception {
		Path archive = BatchFixtures.generate(work.resolve("archive"), 3, 12, 0);
		Path config = TestDatabase.POSTGRESQL.open(work).config();
		String data = work.resolve("data").toString();
		CommandRun batch = CommandRun.of("batch", archive.toString(), "--out", work.resolve("out").toString(), "--data",
				data, "--config", config.toString(), "--no-progress", "--lang", "en");
		assertThat(batch.exit()).as(batch.err()).isZero();
		assertThat(batch.out()).contains("3 case folders read, 3 assessed, 0 skipped");
		String caseId = BatchFixtures.outputFiles(work.resolve("out"))
			.get("cases.csv")
			.lines()
			.skip(1)
			.findFirst()
			.orElseThrow()
			.split(",")[1];

		CommandRun history = CommandRun.of("history", caseId, "--data", data, "--config", config.toString(), "--lang",
				"en");
		assertThat(history.exit()).as(history.err()).isZero();
		String opinionId = BatchFixtures.opinionId(history.out(), "full");
		CommandRun reproduced = CommandRun.of("history", caseId, "--data", data, "--config", config.toString(),
				"--reproduce", opinionId, "--lang", "en");
		assertThat(reproduced.exit()).as(reproduced.err()).isZero();
		assertThat(reproduced.out()).contains("reproduced");
	}

}
