package com.evidenceassessor.bills;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.evidenceassessor.bills.fixtures.FakeLedger;
import com.evidenceassessor.support.InputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BillBadInputTest {

	private static final FakeLedger LEDGER = FakeLedger.generate(11, 40);

	@TempDir
	Path dir;

	@Test
	void truncatedWorkbookIsAnError() throws IOException {
		Path xlsx = BillFixtureFiles.write(BillFormat.W3, this.dir, LEDGER);
		byte[] bytes = Files.readAllBytes(xlsx);
		Path cut = Files.write(this.dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length * 6 / 10));

		InputException error = fail(cut);

		assertThat(error.problem()).contains("damaged or truncated");
		assertThat(error.location().file()).isEqualTo(cut.toString());
	}

	@Test
	void zipBombWorkbookIsStoppedByPoisGuard() throws IOException {
		Path xlsx = BillFixtureFiles.write(BillFormat.W2, this.dir, LEDGER);
		Path bomb = this.dir.resolve("bomb.xlsx");
		byte[] padding = " ".repeat(30 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
		try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(xlsx.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(in.getInputStream(entry).readAllBytes());
				if (entry.getName().startsWith("xl/worksheets/")) {
					out.write(padding);
				}
				out.closeEntry();
			}
		}

		assertThat(fail(bomb).problem()).contains("zip-bomb guard");
	}

	@Test
	void passwordProtectedWorkbookSaysSo() throws Exception {
		Path xlsx = BillFixtureFiles.write(BillFormat.W2, this.dir, LEDGER);
		Path encrypted = this.dir.resolve("protected.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("123456");
			try (OutputStream data = encryptor.getDataStream(fs)) {
				data.write(Files.readAllBytes(xlsx));
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				fs.writeFilesystem(out);
			}
		}

		assertThat(fail(encrypted).problem()).contains("password-protected Excel workbook");
	}

	@Test
	void legacyXlsIsNamed() throws IOException {
		Path xls = this.dir.resolve("old.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("微信支付账单明细");
			workbook.write(out);
		}

		assertThat(fail(xls).problem()).contains("legacy Excel 97–2003 (.xls)");
	}

	@Test
	void encryptedZipDownloadSaysToUnzipWithThePassword() throws IOException {
		Path zip = this.dir.resolve("微信支付账单.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("微信支付账单(20240101-20241231).csv"));
			out.write("secret".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		byte[] bytes = Files.readAllBytes(zip);
		bytes[6] |= 1;
		Files.write(zip, bytes);

		InputException error = fail(zip);

		assertThat(error.problem()).contains("password-protected ZIP", "6-digit password",
				"微信支付账单(20240101-20241231).csv");
	}

	@Test
	void plainZipIsNotAWorkbook() throws IOException {
		Path zip = this.dir.resolve("download.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("alipay_record_20240101.csv"));
			out.write("x".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}

		assertThat(fail(zip).problem()).contains("a ZIP archive, not an Excel workbook", "alipay_record_20240101.csv");
	}

	@Test
	void pdfWithoutTextIsAScan() throws IOException {
		Path pdf = this.dir.resolve("scan.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.addRect(50, 50, 200, 300);
				content.fill();
			}
			document.save(pdf.toFile());
		}

		assertThat(fail(pdf).problem()).contains("without a text layer");
	}

	@Test
	void damagedPdfIsAnError() throws IOException {
		Path pdf = Files.write(this.dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());

		assertThat(fail(pdf).problem()).contains("PDF");
	}

	@Test
	void randomBytesAreNotABill() throws IOException {
		byte[] bytes = new byte[4096];
		new Random(3).nextBytes(bytes);
		bytes[10] = 0;
		Path file = Files.write(this.dir.resolve("noise.csv"), bytes);

		assertThat(fail(file).problem()).contains("binary data");
	}

	@Test
	void emptyAndMissingFiles() throws IOException {
		assertThat(fail(Files.createFile(this.dir.resolve("empty.csv"))).problem()).contains("empty file");
		assertThat(fail(this.dir.resolve("missing.csv")).problem()).contains("no such file");
	}

	@Test
	void otherCsvIsNotABill() throws IOException {
		Path file = Files.writeString(this.dir.resolve("people.csv"), "name,age\r\n张三,30\r\n");

		InputException error = fail(file);

		assertThat(error.location().line()).isEqualTo(1);
		assertThat(error.problem()).contains("found 'nameage'", "微信支付账单明细");
	}

	@Test
	void utf16TextIsTheWrongEncoding() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, LEDGER);
		String text = Files.readString(w1, StandardCharsets.UTF_8);
		Path utf16 = Files.write(this.dir.resolve("utf16.csv"), text.getBytes(StandardCharsets.UTF_16LE));

		assertThat(fail(utf16).problem()).contains("UTF-16");
	}

	@Test
	void gbkBillDecodedAsLatin1AndSavedAsUtf8IsNamed() throws IOException {
		Path a2 = BillFixtureFiles.write(BillFormat.A2, this.dir, LEDGER);
		String mojibake = new String(Files.readAllBytes(a2), StandardCharsets.ISO_8859_1);
		Path file = Files.writeString(this.dir.resolve("mojibake.csv"), mojibake, StandardCharsets.UTF_8);

		assertThat(fail(file).problem()).contains("expected a bill export");
	}

	@Test
	void invalidUtf8AfterAValidStartIsLocated() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, FakeLedger.generate(5, 2000));
		List<String> lines = lines(w1);
		byte[] head = String.join("\r\n", lines.subList(0, 1500)).getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n" + String.join("\r\n", lines.subList(1500, lines.size()))).getBytes(Charsetz.GBK);
		byte[] all = Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		Path file = Files.write(this.dir.resolve("mixed.csv"), all);

		InputException error = fail(file);

		assertThat(error.problem()).contains("not valid UTF-8");
		assertThat(error.location().line()).isGreaterThan(1400);
	}

	@Test
	void raggedRowIsLocated() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, LEDGER);
		List<String> lines = lines(w1);
		lines.set(20, lines.get(20).substring(0, lines.get(20).indexOf(",¥")));
		Path file = writeLines("ragged.csv", lines);

		InputException error = fail(file);

		assertThat(error.location().line()).isEqualTo(21);
		assertThat(error.problem()).contains("a row of 5 fields; expected 11", "交易时间");
	}

	@Test
	void malformedAmountIsLocatedWithColumnAndValue() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, LEDGER);
		List<String> lines = lines(w1);
		lines.set(25, lines.get(25).replaceFirst(",¥[0-9.]+,", ",¥12.3.4,"));
		Path file = writeLines("amount.csv", lines);

		InputException error = fail(file);

		assertThat(error.location().line()).isEqualTo(26);
		assertThat(error.location().field()).isEqualTo("column 6 金额(元)");
		assertThat(error.problem()).contains("found '¥12.3.4'", "expected an amount");
	}

	@Test
	void impossibleDateIsAnErrorNotARollover() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, LEDGER);
		List<String> lines = lines(w1);
		lines.set(17, "2024-02-30 10:00:00" + lines.get(17).substring(19));
		Path file = writeLines("date.csv", lines);

		InputException error = fail(file);

		assertThat(error.location().line()).isEqualTo(18);
		assertThat(error.problem()).contains("2024-02-30 10:00:00", "no such date");
	}

	@Test
	void badAlipayDirectionIsLocated() throws IOException {
		Path a2 = BillFixtureFiles.write(BillFormat.A2, this.dir, LEDGER);
		List<String> lines = new ArrayList<>(Files.readAllLines(a2, Charsetz.GBK));
		lines.set(26, lines.get(26).replaceFirst(",(支出|收入|不计收支),", ",借方,"));
		Path file = this.dir.resolve("direction.csv");
		Files.write(file, String.join("\r\n", lines).getBytes(Charsetz.GBK));

		InputException error = fail(file);

		assertThat(error.location().line()).isEqualTo(27);
		assertThat(error.problem()).contains("found '借方'", "收入, 支出, 不计收支");
	}

	@Test
	void tooManyRowsAndTooLongCellsHitTheLimits() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, LEDGER);

		InputException rows = catchThrowableOfType(InputException.class,
				() -> BillReader.read(w1, new BillLimits(1 << 20, 10, 4096)));
		assertThat(rows.problem()).contains("more than 10 transaction rows");
		assertThat(rows.location().line()).isEqualTo(28);

		InputException cell = catchThrowableOfType(InputException.class,
				() -> BillReader.read(w1, new BillLimits(1 << 20, 100, 20)));
		assertThat(cell.problem()).contains("characters; expected at most 20");

		InputException size = catchThrowableOfType(InputException.class,
				() -> BillReader.read(w1, new BillLimits(100, 100, 100)));
		assertThat(size.problem()).contains("expected at most 100 bytes");
	}

	@Test
	void unterminatedQuoteCannotSwallowTheFile() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, FakeLedger.generate(2, 3000));
		List<String> lines = lines(w1);
		lines.set(18, lines.get(18).replace(",\"", ",\"\"\"") + "\"");
		lines.replaceAll(line -> line.replace("\"", ""));
		lines.set(18, lines.get(18).replaceFirst(",", ",\""));
		Path file = writeLines("quote.csv", lines);

		InputException error = catchThrowableOfType(InputException.class,
				() -> BillReader.read(file, new BillLimits(1 << 30, 1_000_000, 1024)));

		assertThat(error.problem()).contains("unterminated quote");
	}

	private static InputException fail(Path file) {
		InputException error = catchThrowableOfType(InputException.class, () -> BillReader.read(file));
		assertThat(error).as("an InputException for " + file).isNotNull();
		assertThat(error.getMessage()).startsWith(file.toString());
		return error;
	}

	private static List<String> lines(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		return new ArrayList<>(Arrays.asList(text.split("\r\n", -1)));
	}

	private Path writeLines(String name, List<String> lines) throws IOException {
		return Files.writeString(this.dir.resolve(name), String.join("\r\n", lines), StandardCharsets.UTF_8);
	}

	private static final class Charsetz {

		static final java.nio.charset.Charset GBK = java.nio.charset.Charset.forName("GBK");

	}

}
