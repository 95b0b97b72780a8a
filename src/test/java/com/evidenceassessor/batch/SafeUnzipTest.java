package com.evidenceassessor.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.evidenceassessor.support.InputException;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real malicious archives, made here, against the unpacker. */
class SafeUnzipTest {

	private static final ZipLimits SMALL = new ZipLimits(10, 4 * 1024 * 1024, 50);

	@TempDir
	Path dir;

	@Test
	void unpacksCaseFoldersAndLeavesOutMacOsDebris() throws IOException {
		Path zip = zip(Map.of("archive/case-1/case.yaml", "id: a", "archive/case-1/evidence/E1.txt", "chat",
				"__MACOSX/archive/._case-1", "junk", "archive/.DS_Store", "junk"));
		Path target = this.dir.resolve("out");
		SafeUnzip.extract(zip, target, SMALL);
		assertThat(target.resolve("archive/case-1/case.yaml")).hasContent("id: a");
		assertThat(target.resolve("archive/case-1/evidence/E1.txt")).hasContent("chat");
		assertThat(target.resolve("__MACOSX")).doesNotExist();
		assertThat(target.resolve("archive/.DS_Store")).doesNotExist();
	}

	@Test
	void refusesAnEntryThatClimbsOutOfTheTarget() throws IOException {
		Path zip = zip(Map.of("case-1/case.yaml", "id: a", "case-1/../../evil.sh", "rm -rf ~"));
		assertRefused(zip, "zip slip", "case-1/../../evil.sh");
		assertThat(this.dir.resolve("evil.sh")).doesNotExist();
	}

	@Test
	void refusesAnAbsolutePathAndADriveLetter() throws IOException {
		assertRefused(zip(Map.of("/etc/cron.d/evil", "x")), "absolute path", "/etc/cron.d/evil");
		assertRefused(zip(Map.of("C:\\Windows\\evil.dll", "x")), "absolute path", "Windows");
	}

	@Test
	void refusesBackslashClimbing() throws IOException {
		assertRefused(zip(Map.of("case-1\\..\\..\\evil.sh", "x")), "zip slip", "evil.sh");
	}

	@Test
	void refusesASymbolicLink() throws IOException {
		Path zip = this.dir.resolve("link.zip");
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
			ZipArchiveEntry link = new ZipArchiveEntry("case-1/evidence");
			link.setUnixMode(UnixStat.LINK_FLAG | 0777);
			out.putArchiveEntry(link);
			out.write("/etc".getBytes(StandardCharsets.UTF_8));
			out.closeArchiveEntry();
		}
		assertRefused(zip, "symbolic link", "case-1/evidence");
	}

	@Test
	void refusesTooManyEntries() throws IOException {
		Map<String, String> entries = new java.util.TreeMap<>();
		for (int i = 0; i < 11; i++) {
			entries.put("case-" + i + "/case.yaml", "id: c" + i);
		}
		assertRefused(zip(entries), "11 entries; the limit is 10", null);
	}

	@Test
	void refusesAnEntryThatInflatesFarBeyondItsPackedSize() throws IOException {
		Path zip = this.dir.resolve("bomb.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("case-1/evidence/zeros.bin"));
			out.write(new byte[3 * 1024 * 1024]);
			out.closeEntry();
		}
		assertThat(Files.size(zip)).isLessThan(20_000);
		assertRefused(zip, "inflates more than 50 times", "zeros.bin");
	}

	@Test
	void refusesAnArchiveLargerThanTheTotalLimit() throws IOException {
		Path zip = this.dir.resolve("big.zip");
		java.util.Random random = new java.util.Random(1);
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (int i = 0; i < 3; i++) {
				byte[] noise = new byte[2 * 1024 * 1024];
				random.nextBytes(noise);
				out.putNextEntry(new ZipEntry("case-" + i + "/evidence/video.mp4"));
				out.write(noise);
				out.closeEntry();
			}
		}
		assertRefused(zip, "more than 4194304 bytes", "video.mp4");
	}

	@Test
	void refusesDuplicateEntries() throws IOException {
		Path zip = this.dir.resolve("dup.zip");
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
			for (String content : new String[] { "id: a", "id: b" }) {
				out.putArchiveEntry(new ZipArchiveEntry("case-1/case.yaml"));
				out.write(content.getBytes(StandardCharsets.UTF_8));
				out.closeArchiveEntry();
			}
		}
		assertRefused(zip, "appears twice", "case-1/case.yaml");
	}

	@Test
	void refusesAFileThatIsNotAZipArchive() throws IOException {
		Path notZip = this.dir.resolve("cases.zip");
		Files.writeString(notZip, "these are not the cases you are looking for");
		assertRefused(notZip, "not a readable zip archive", null);
		Path truncated = this.dir.resolve("truncated.zip");
		byte[] whole = Files.readAllBytes(zip(Map.of("case-1/case.yaml", "id: a".repeat(100))));
		Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
		assertRefused(truncated, "not a readable zip archive", null);
	}

	@Test
	void readsNamesThatChineseWindowsStoresInGbk() throws IOException {
		Path zip = this.dir.resolve("gbk.zip");
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
			out.setEncoding("GBK");
			out.setUseLanguageEncodingFlag(false);
			out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
			out.putArchiveEntry(new ZipArchiveEntry("王芳诉赵磊/case.yaml"));
			out.write("id: a".getBytes(StandardCharsets.UTF_8));
			out.closeArchiveEntry();
		}
		Path target = this.dir.resolve("out");
		SafeUnzip.extract(zip, target, SMALL);
		assertThat(target.resolve("王芳诉赵磊/case.yaml")).hasContent("id: a");
	}

	private void assertRefused(Path zip, String problem, String entry) {
		Path target = this.dir.resolve("target-" + zip.getFileName());
		assertThatThrownBy(() -> SafeUnzip.extract(zip, target, SMALL)).isInstanceOf(InputException.class)
			.hasMessageContaining(zip.toString())
			.hasMessageContaining(problem)
			.hasMessageContaining((entry != null) ? entry : "");
		assertThat(target).as("nothing half-unpacked is left").doesNotExist();
	}

	private Path zip(Map<String, String> entries) throws IOException {
		Path zip = Files.createTempFile(this.dir, "archive", ".zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return zip;
	}

}
