package com.evidenceassessor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.evidenceassessor.cli.Main;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.store.AssessmentMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generated archives, runs and snapshots of what a run leaves behind, for the batch
 * tests.
 */
final class BatchFixtures {

	private static RuleSet rules;

	private BatchFixtures() {
	}

	static synchronized RuleSet rules() {
		if (rules == null) {
			rules = RuleSetLoader.load(Path.of("rules"));
		}
		return rules;
	}

	/**
	 * Generates {@code count} cases, {@code invalid} of them with a deliberate defect.
	 */
	static Path generate(Path folder, int count, long seed, int invalid) {
		int code = Main.run("generate", "--cases", String.valueOf(count), "--seed", String.valueOf(seed), "--invalid",
				String.valueOf(invalid), "--out", folder.toString());
		if (code != 0) {
			throw new IllegalStateException("generate failed: " + code);
		}
		return folder;
	}

	static BatchRequest request(Path input, Path work, AssessmentMode mode, int threads) {
		return request(input, work, null, mode, threads);
	}

	/**
	 * A request whose database is named by {@code config} ({@code null}: H2 in the data
	 * folder).
	 */
	static BatchRequest request(Path input, Path work, Path config, AssessmentMode mode, int threads) {
		return new BatchRequest(input, work.resolve("out"), work.resolve("data"), config, rules(), mode,
				EnumSet.allOf(ReportFormat.class), Lang.ZH, threads, 5, ZipLimits.DEFAULT, false, false);
	}

	/** The same request with --force-resume. */
	static BatchRequest forcingResume(BatchRequest r) {
		return new BatchRequest(r.input(), r.out(), r.dataFolder(), r.config(), r.ruleSet(), r.mode(), r.reports(),
				r.lang(), r.threads(), r.chunkSize(), r.zipLimits(), r.progressBar(), true);
	}

	static RunOutcome run(BatchRequest request) {
		try {
			return new BatchRun(request, new PrintStream(PrintStream.nullOutputStream())).run();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every file under the output folder by relative path: text files as they are, the
	 * spreadsheet as the text of its cells (its zip entries carry times).
	 */
	static Map<String, String> outputFiles(Path out) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(out)) {
			for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
				String name = out.relativize(path).toString().replace('\\', '/');
				files.put(name, name.endsWith(".xlsx") ? cells(path) : Files.readString(path, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/** Every cell of every sheet, as text, sheet by sheet. */
	static String cells(Path xlsx) {
		DataFormatter formatter = new DataFormatter();
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				text.append("## ").append(sheet.getSheetName()).append('\n');
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(formatter.formatCellValue(cell)).append('\t');
					}
					text.append('\n');
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	/**
	 * The rows of the store and the batch tables in the data folder's database, without
	 * what legitimately differs between two runs (times, run ids).
	 */
	static Map<String, List<String>> databaseRows(Path dataFolder) {
		return databaseRows(TestDatabase.h2(dataFolder));
	}

	/** As {@link #databaseRows(Path)}, in any test database. */
	static Map<String, List<String>> databaseRows(TestDatabase.Target database) {
		Map<String, List<String>> tables = new TreeMap<>();
		try (Connection connection = database.connect()) {
			tables.put("opinion",
					rows(connection, "SELECT opinion_id, case_id, input_hash, rule_set_hash, mode, "
							+ "program_version, title, law_date, score, level, item_count, input_json, opinion_json "
							+ "FROM opinion ORDER BY opinion_id"));
			tables.put("batch_case", rows(connection,
					"SELECT seq, case_path, case_id, opinion_id, summary_json FROM batch_case ORDER BY seq"));
			tables.put("batch_skip", rows(connection,
					"SELECT seq, case_path, kind, file, line, col, field, problem FROM batch_skip ORDER BY seq"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return tables;
	}

	/** The rows an SQL query gives in the data folder's database, as text. */
	static List<String> query(Path dataFolder, String sql) {
		try (Connection connection = TestDatabase.h2(dataFolder).connect()) {
			return rows(connection, sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> rows(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			ResultSetMetaData meta = rs.getMetaData();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					row.append(rs.getString(i)).append('|');
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

	/** The id of the first opinion a {@code history} listing shows for a mode. */
	static String opinionId(String historyListing, String mode) {
		return historyListing.lines().filter(l -> l.contains(mode)).findFirst().orElseThrow().split(" ")[0];
	}

	static long countFiles(Path folder, String name) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(p -> p.getFileName().toString().equals(name)).count();
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
	}

}
