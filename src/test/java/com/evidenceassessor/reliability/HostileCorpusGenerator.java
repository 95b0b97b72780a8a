package com.evidenceassessor.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.evidenceassessor.bills.fixtures.FakeLedger;
import com.evidenceassessor.bills.fixtures.WeChatXlsxWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The large, binary or link-bearing members of the hostile corpus, written at test time
 * (they are not checked in): each is named {@code generated/<category>/<name>} in the
 * manifest. Deterministic: the same bytes every run.
 */
final class HostileCorpusGenerator {

	private static final String CASE_HEAD = """
			id: hostile
			causeOfAction: privateLending
			lawDate: "2024-06-01"
			parties:
			  - { id: plaintiff, role: plaintiff, name: 原告, client: true }
			  - { id: defendant, role: defendant, name: 被告 }
			""";

	private final Path root;

	private final Path outside;

	private final Map<String, Generator> generators = new LinkedHashMap<>();

	/**
	 * @param root where generated files go
	 * @param outside a folder outside every case folder, for links to point at
	 */
	HostileCorpusGenerator(Path root, Path outside) {
		this.root = root;
		this.outside = outside;
		caseFiles();
		evidence();
		bills();
		archives();
	}

	/** Writes the named member and returns its path. */
	Path generate(String name) {
		Generator generator = this.generators.get(name);
		if (generator == null) {
			throw new IllegalArgumentException("no generator for " + name);
		}
		try {
			Path target = this.root.resolve(name);
			Files.createDirectories(target.getParent());
			generator.write(target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	java.util.Set<String> names() {
		return this.generators.keySet();
	}

	private void caseFiles() {
		add("generated/case/binary.yaml", (f) -> Files.write(f, random(4096, 1)));
		add("generated/case/invalid-utf8.yaml", (f) -> Files.write(f,
				concat(utf8(CASE_HEAD + "title: \""), new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF }, utf8("\"\n"))));
		add("generated/case/gbk.yaml",
				(f) -> Files.write(f, (CASE_HEAD + "title: 借款纠纷\n").getBytes(Charset.forName("GBK"))));
		add("generated/case/utf16.yaml", (f) -> Files.write(f, CASE_HEAD.getBytes(StandardCharsets.UTF_16)));
		add("generated/case/too-large.yaml", (f) -> Files.write(f, utf8(CASE_HEAD + "# padding\n".repeat(300_000))));
		add("generated/case/huge-string.yaml", (f) -> Files.write(f, utf8(CASE_HEAD + "title: \"" + "借".repeat(600_000)
				+ "\"\nitems:\n  - { id: E1, kind: text, counterparty: defendant }\n")));
		add("generated/case/huge-number.yaml",
				(f) -> Files.write(f, utf8(CASE_HEAD + "items:\n  - { id: E1, kind: transfer, counterparty: defendant, "
						+ "payment: { amount: " + "9".repeat(200_000) + " } }\n")));
		add("generated/case/deep-nesting.yaml", (f) -> Files.write(f, utf8("id: " + "[".repeat(100_000))));
		add("generated/case/deep-nesting.json", (f) -> Files.write(f, utf8("[".repeat(100_000) + "]".repeat(100_000))));
		add("generated/case/deep-block-nesting.yaml", (f) -> {
			StringBuilder yaml = new StringBuilder();
			for (int i = 0; i < 1500; i++) {
				yaml.append(" ".repeat(i)).append("a:\n");
			}
			Files.write(f, utf8(yaml.toString()));
		});
		add("generated/case/many-keys.yaml", (f) -> {
			StringBuilder yaml = new StringBuilder(CASE_HEAD).append("items:\n  - id: E1\n    kind: text\n");
			for (int i = 0; i < 40_000; i++) {
				yaml.append("    k").append(i).append(": v\n");
			}
			Files.write(f, utf8(yaml.toString()));
		});
		add("generated/case/nul-bytes.yaml", (f) -> Files.write(f, concat(utf8(CASE_HEAD), new byte[64])));
	}

	private void evidence() {
		add("generated/evidence/symlink-out/case.yaml", (f) -> {
			Path secret = Files.writeString(this.outside.resolve("secret.txt"), "outside the case folder");
			Files.createDirectories(f.resolveSibling("evidence"));
			Files.createSymbolicLink(f.resolveSibling("evidence/chat.png"), secret);
			Files.writeString(f, CASE_HEAD + "items:\n  - { id: E1, kind: image, counterparty: defendant, "
					+ "files: [ { path: evidence/chat.png } ] }\n");
		});
		add("generated/case/symlink-out/case.yaml", (f) -> {
			Path elsewhere = Files.writeString(this.outside.resolve("case.yaml"),
					CASE_HEAD + "items:\n  - { id: E1, kind: text, counterparty: defendant }\n");
			Files.createSymbolicLink(f, elsewhere);
		});
		add("generated/evidence/symlinked-folder/case.yaml", (f) -> {
			Files.writeString(this.outside.resolve("photo.png"), "outside the case folder");
			Files.createSymbolicLink(f.resolveSibling("evidence"), this.outside);
			Files.writeString(f, CASE_HEAD + "items:\n  - { id: E1, kind: image, counterparty: defendant, "
					+ "files: [ { path: evidence/photo.png } ] }\n");
		});
	}

	private void bills() {
		add("generated/bills/giant-cell.csv", (f) -> {
			String sample = Files.readString(Path.of("src/test/resources/bills/wechat-w1-sample.csv"));
			String[] lines = sample.split("\n");
			StringBuilder csv = new StringBuilder();
			for (int i = 0; i < 17; i++) {
				csv.append(lines[i]).append('\n');
			}
			csv.append("2024-05-03 09:15:22,转账,王小明,\"")
				.append("备".repeat(2_000_000))
				.append("\",支出,¥200.00,零钱,对方已收钱,1000050001202405030112345678901\t,/\t,\"/\"\n");
			Files.writeString(f, csv);
		});
		add("generated/bills/truncated.xlsx", (f) -> {
			byte[] bytes = Files.readAllBytes(workbook(f.resolveSibling("whole-for-truncated.xlsx")));
			Files.write(f, Arrays.copyOf(bytes, bytes.length * 6 / 10));
		});
		add("generated/bills/zip-bomb.xlsx",
				(f) -> rewriteWorkbook(f, "bomb", (name, bytes) -> name.startsWith("xl/worksheets/")
						? concat(bytes, utf8(" ".repeat(30 * 1024 * 1024))) : bytes));
		add("generated/bills/xxe.xlsx", (f) -> rewriteWorkbook(f, "xxe", (name, bytes) -> {
			if (!name.startsWith("xl/worksheets/sheet")) {
				return bytes;
			}
			String xml = new String(bytes, StandardCharsets.UTF_8);
			String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file://" + this.outside.resolve("secret.txt")
					+ "\">]>";
			xml = xml.replaceFirst("\\?>", "?>" + doctype).replaceFirst("<c ", "<c t=\"inlineStr\" ");
			return utf8(xml.replaceFirst("<sheetData>", "<sheetData><!-- &xxe; -->"));
		}));
		add("generated/bills/encrypted.xlsx", (f) -> {
			Path plain = workbook(f.resolveSibling("plain-for-encrypted.xlsx"));
			try (POIFSFileSystem fs = new POIFSFileSystem()) {
				Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
				encryptor.confirmPassword("123456");
				try (OutputStream data = encryptor.getDataStream(fs)) {
					data.write(Files.readAllBytes(plain));
				}
				catch (java.security.GeneralSecurityException ex) {
					throw new IOException(ex);
				}
				try (OutputStream out = Files.newOutputStream(f)) {
					fs.writeFilesystem(out);
				}
			}
		});
		add("generated/bills/scan.pdf", (f) -> {
			try (PDDocument document = new PDDocument()) {
				document.addPage(new PDPage());
				document.save(f.toFile());
			}
		});
		add("generated/bills/javascript.pdf", (f) -> {
			try (PDDocument document = new PDDocument()) {
				document.addPage(new PDPage());
				document.getDocumentCatalog()
					.setOpenAction(new PDActionJavaScript("app.launchURL('http://attacker.example/', true);"));
				document.save(f.toFile());
			}
		});
		add("generated/bills/random-bytes.csv", (f) -> {
			byte[] bytes = random(4096, 3);
			bytes[10] = 0;
			Files.write(f, bytes);
		});
	}

	private void archives() {
		String caseYaml = CASE_HEAD + "items:\n  - { id: E1, kind: text, counterparty: defendant }\n";
		add("generated/batch/zip-slip.zip",
				(f) -> zip(f, "cases/a/case.yaml", caseYaml, "cases/../../../evil.txt", "x"));
		add("generated/batch/absolute-path.zip", (f) -> zip(f, "/tmp/evil-absolute.txt", "x"));
		add("generated/batch/windows-drive.zip", (f) -> zip(f, "C:/Windows/evil.txt", "x"));
		add("generated/batch/duplicate-entries.zip", (f) -> {
			try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream out = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(
					f.toFile())) {
				for (String content : new String[] { caseYaml, "id: second" }) {
					out.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("a/case.yaml"));
					out.write(utf8(content));
					out.closeArchiveEntry();
				}
			}
		});
		add("generated/batch/zip-bomb.zip", (f) -> {
			try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
				out.setLevel(9);
				out.putNextEntry(new ZipEntry("a/evidence/huge.png"));
				byte[] zeros = new byte[1024 * 1024];
				for (int i = 0; i < 64; i++) {
					out.write(zeros);
				}
				out.closeEntry();
			}
		});
		add("generated/batch/symlink-entry.zip", (f) -> {
			try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream out = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(
					f.toFile())) {
				org.apache.commons.compress.archivers.zip.ZipArchiveEntry link = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(
						"a/evidence/passwd.png");
				link.setUnixMode(0120777);
				out.putArchiveEntry(link);
				out.write(utf8("/etc/passwd"));
				out.closeArchiveEntry();
			}
		});
		add("generated/batch/many-tiny-entries.zip", (f) -> {
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update('x');
			try (ZipOutputStream out = new ZipOutputStream(
					new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 16))) {
				out.setMethod(ZipOutputStream.STORED);
				for (int i = 0; i < 100_000; i++) {
					ZipEntry entry = new ZipEntry("c" + (i / 1000) + "/" + i);
					entry.setSize(1);
					entry.setCompressedSize(1);
					entry.setCrc(crc.getValue());
					out.putNextEntry(entry);
					out.write('x');
					out.closeEntry();
				}
			}
		});
		add("generated/batch/not-a-zip.zip", (f) -> Files.write(f, random(2048, 7)));
		add("generated/batch/truncated.zip", (f) -> {
			Path whole = f.resolveSibling("whole-for-truncated.zip");
			zip(whole, "a/case.yaml", caseYaml + "# " + "padding ".repeat(2000));
			byte[] bytes = Files.readAllBytes(whole);
			Files.write(f, Arrays.copyOf(bytes, bytes.length / 2));
		});
	}

	private static void zip(Path file, String... namesAndContents) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				out.putNextEntry(new ZipEntry(namesAndContents[i]));
				out.write(utf8(namesAndContents[i + 1]));
				out.closeEntry();
			}
		}
	}

	private static Path workbook(Path file) throws IOException {
		return WeChatXlsxWriter.write(file, FakeLedger.generate(11, 20), false);
	}

	private static void rewriteWorkbook(Path target, String tag, EntryRewrite rewrite) throws IOException {
		Path plain = workbook(target.resolveSibling("plain-for-" + tag + ".xlsx"));
		try (ZipFile in = new ZipFile(plain.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(rewrite.apply(entry.getName(), in.getInputStream(entry).readAllBytes()));
				out.closeEntry();
			}
		}
	}

	private void add(String name, Generator generator) {
		this.generators.put(name, generator);
	}

	private static byte[] random(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	@FunctionalInterface
	private interface Generator {

		void write(Path file) throws IOException;

	}

	@FunctionalInterface
	private interface EntryRewrite {

		byte[] apply(String name, byte[] bytes);

	}

}
