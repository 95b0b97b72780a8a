package com.evidenceassessor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.evidenceassessor.store.AssessmentMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch job over a generated archive with deliberate defects: counts, skips with
 * their reasons, outputs, reruns, zip input.
 */
class BatchJobTest {

	private static final int CASES = 60;

	private static final int INVALID = 6;

	@TempDir
	static Path shared;

	static Path archive;

	@BeforeAll
	static void generateArchive() throws IOException {
		archive = BatchFixtures.generate(shared.resolve("archive"), CASES, 11, INVALID);
		Path hostile = archive.resolve("zz 王芳诉赵磊 #1 hostile titles");
		Files.createDirectories(hostile);
		Files.writeString(hostile.resolve("case.yaml"), """
				id: hostile-titles
				title: "=HYPERLINK(\\"http://evil.example\\",\\"点击\\")"
				causeOfAction: privateLending
				lawDate: "2025-03-18"
				parties:
				  - { id: plaintiff, role: plaintiff, name: "@SUM(1+1)", client: true }
				  - { id: defendant, role: defendant, name: "-2+3" }
				items:
				  - { id: E1, title: "+cmd|' /C calc'!A0", kind: text, counterparty: defendant }
				""");
	}

	@Test
	void assessesEveryValidCaseAndSkipsEachBadOneWithItsReason(@TempDir Path work) throws IOException {
		RunOutcome outcome = BatchFixtures.run(BatchFixtures.request(archive, work, AssessmentMode.SCORES_ONLY, 2));
		int valid = CASES - INVALID + 1;
		assertThat(outcome.completed()).isTrue();
		assertThat(outcome.read()).isEqualTo(CASES + 1);
		assertThat(outcome.thisAttempt().read()).isEqualTo(CASES + 1);
		assertThat(outcome.thisAttempt().written()).isEqualTo(valid);
		assertThat(outcome.thisAttempt().skipped()).isEqualTo(INVALID);
		assertThat(outcome.assessed()).isEqualTo(valid);
		assertThat(outcome.skips()).hasSize(INVALID).allSatisfy(skip -> {
			assertThat(skip.kind()).isEqualTo(SkipKind.INVALID_INPUT);
			assertThat(skip.file()).isEqualTo(skip.casePath() + "/case.yaml");
			assertThat(skip.problem()).isNotBlank();
		});
		Path out = work.resolve("out");
		assertThat(BatchFixtures.countFiles(out.resolve("cases"), "opinion.json")).isEqualTo(valid);
		assertThat(BatchFixtures.countFiles(out.resolve("cases"), "report.html")).isEqualTo(valid);
		assertThat(lines(out.resolve("cases.csv"))).hasSize(valid + 1);
		assertThat(lines(out.resolve("skipped.csv"))).hasSize(INVALID + 1);
		List<String> items = lines(out.resolve("items.csv"));
		assertThat(items.size()).isGreaterThan(valid * 2);
		try (XSSFWorkbook workbook = open(out.resolve("summary.xlsx"))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(valid);
			assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(items.size() - 1);
			assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(INVALID);
		}
	}

	@Test
	void theSpreadsheetIsFilteredFrozenColouredAndNeutralisesFormulas(@TempDir Path work) throws IOException {
		BatchFixtures.run(BatchFixtures.request(archive, work, AssessmentMode.SCORES_ONLY, 2));
		Path out = work.resolve("out");
		try (XSSFWorkbook workbook = open(out.resolve("summary.xlsx"))) {
			for (int s = 0; s < 3; s++) {
				XSSFSheet sheet = workbook.getSheetAt(s);
				assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
			}
			XSSFSheet cases = workbook.getSheetAt(0);
			Row hostile = findRow(cases, "hostile-titles");
			assertThat(hostile.getCell(2).getStringCellValue()).startsWith("'=HYPERLINK(");
			assertThat(hostile.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(hostile.getCell(SummaryColumns.CASES.size() - 1).getHyperlink().getAddress()).isEqualTo(
					"cases/zz%20%E7%8E%8B%E8%8A%B3%E8%AF%89%E8%B5%B5%E7%A3%8A%20%231%20hostile%20titles/report.html");
			Row item = findRow(workbook.getSheetAt(1), "hostile-titles");
			assertThat(item.getCell(3).getStringCellValue()).isEqualTo("'+cmd|' /C calc'!A0");
			Cell level = cases.getRow(1).getCell(6);
			String fill = ((XSSFCellStyle) level.getCellStyle()).getFillForegroundColorColor().getARGBHex();
			assertThat(fill).as("level colour of " + level.getStringCellValue())
				.endsWith(switch (level.getStringCellValue()) {
					case "低风险" -> "C6EFCE";
					case "中风险" -> "FFEB9C";
					case "高风险" -> "FFC7CE";
					default -> "E4D0EF";
				});
		}
		assertThat(Files.readString(out.resolve("cases.csv"))).contains(",\"'=HYPERLINK(")
			.doesNotContain(",=HYPERLINK");
		assertThat(Files.readString(out.resolve("items.csv"))).contains("'+cmd|' /C calc'!A0");
		assertThat(Files.readAllBytes(out.resolve("cases.csv"))).startsWith(0xEF, 0xBB, 0xBF);
	}

	@Test
	void runningAgainAfterCompletionIsANewRunThatStoresNoOpinionTwice(@TempDir Path work) {
		BatchRequest request = BatchFixtures.request(archive, work, AssessmentMode.SCORES_ONLY, 2);
		RunOutcome first = BatchFixtures.run(request);
		Map<String, List<String>> rowsAfterFirst = BatchFixtures.databaseRows(work.resolve("data"));
		RunOutcome second = BatchFixtures.run(request);
		assertThat(second.completed()).isTrue();
		assertThat(second.runId()).isNotEqualTo(first.runId());
		assertThat(second.attempt()).isEqualTo(1);
		Map<String, List<String>> rowsAfterSecond = BatchFixtures.databaseRows(work.resolve("data"));
		assertThat(rowsAfterSecond.get("opinion")).isEqualTo(rowsAfterFirst.get("opinion"))
			.hasSize(CASES - INVALID + 1);
	}

	@Test
	void aFullRunPlansRemediesAndAZipArchiveGivesTheSameResultAsItsFolder(@TempDir Path work) throws IOException {
		Path small = BatchFixtures.generate(work.resolve("small"), 8, 21, 1);
		Path zip = zip(small, work.resolve("small.zip"));
		RunOutcome fromFolder = BatchFixtures
			.run(BatchFixtures.request(small, work.resolve("a"), AssessmentMode.FULL, 2));
		RunOutcome fromZip = BatchFixtures.run(BatchFixtures.request(zip, work.resolve("b"), AssessmentMode.FULL, 2));
		assertThat(fromFolder.assessed()).isEqualTo(7);
		assertThat(fromZip.assessed()).isEqualTo(7);
		assertThat(fromZip.skips()).hasSize(1);
		Map<String, String> a = BatchFixtures.outputFiles(work.resolve("a/out"));
		Map<String, String> b = BatchFixtures.outputFiles(work.resolve("b/out"));
		assertThat(b).isEqualTo(a);
		assertThat(a.get("items.csv")).contains("→");
		assertThat(work.resolve("b/data/unpacked")).isEmptyDirectory();
		assertThat(BatchFixtures.query(work.resolve("b/data"), "SELECT source FROM opinion")).hasSize(7)
			.allSatisfy(source -> assertThat(source).startsWith(zip.toAbsolutePath() + "!/archive/case-0000")
				.endsWith("/case.yaml|"));
		assertThat(BatchFixtures.query(work.resolve("a/data"), "SELECT source FROM opinion"))
			.allSatisfy(source -> assertThat(source).startsWith(small.toAbsolutePath() + "/case-0000"));
	}

	private static Row findRow(XSSFSheet sheet, String caseId) {
		for (Row row : sheet) {
			if (row.getCell(1) != null && caseId.equals(row.getCell(1).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + caseId + " in " + sheet.getSheetName());
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> lines(Path file) throws IOException {
		try (var reader = org.apache.commons.csv.CSVFormat.EXCEL.parse(Files.newBufferedReader(file))) {
			return reader.getRecords().stream().map(Object::toString).toList();
		}
	}

	static Path zip(Path folder, Path zip) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
				Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
				out.putNextEntry(new ZipEntry("archive/" + folder.relativize(file).toString().replace('\\', '/')));
				out.write(Files.readAllBytes(file));
				out.closeEntry();
			}
		}
		return zip;
	}

	static String text(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}
