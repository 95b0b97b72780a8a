package com.evidenceassessor.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.evidenceassessor.rulebook.RulesFixture;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.web.CaseUploads;
import com.evidenceassessor.web.WebTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The hostile corpus through the web upload ({@link CaseUploads}, behind the page and the
 * API): every hostile case file uploaded as the case, and every hostile bill uploaded
 * beside a good case, gets the outcome the command line gives — the same message, as an
 * {@link InputException} naming the uploaded file — and the upload's temporary folder is
 * gone afterwards, whatever happened. Members that exist only as a folder on disk
 * (symbolic links, files beside the case) have no upload form and are left to
 * {@code HostileCorpusTest}.
 */
class HostileUploadsTest {

	@TempDir
	static Path work;

	private static HostileCorpusGenerator generator;

	private final CaseUploads uploads = new CaseUploads();

	@BeforeAll
	static void prepare() throws IOException {
		generator = new HostileCorpusGenerator(work.resolve("corpus"),
				Files.createDirectories(work.resolve("outside")));
	}

	@TestFactory
	Stream<DynamicTest> everyHostileCaseFileAndBillIsRefusedTheSameWayWhenUploaded() {
		return CorpusEntry.all()
			.stream()
			.filter(HostileUploadsTest::hasUploadForm)
			.map(entry -> DynamicTest.dynamicTest(entry.category() + ": " + entry.file(), () -> upload(entry)));
	}

	/**
	 * Case files and bills that are one plain file, judged on their content alone.
	 */
	private static boolean hasUploadForm(CorpusEntry entry) {
		boolean caseFile = entry.category().equals("case file") && entry.target().equals("assess");
		boolean bill = entry.category().equals("bill");
		return (caseFile || bill) && !entry.file().contains("symlink");
	}

	private void upload(CorpusEntry entry) throws IOException {
		Path file = entry.generated() ? generator.generate(entry.file()) : CorpusEntry.FOLDER.resolve(entry.file());
		if (Files.isDirectory(file) || hasFilesBeside(entry, file)) {
			return;
		}
		String name = file.getFileName().toString();
		long before = WebTestSupport.uploadFolders();
		Throwable thrown = catchThrowable(() -> {
			if (entry.category().equals("bill")) {
				this.uploads.read(part("case", "case.yaml", RulesFixture.CASE.getBytes(StandardCharsets.UTF_8)),
						List.of(part("bills", name, Files.readAllBytes(file))), null);
			}
			else {
				this.uploads.read(part("case", name, Files.readAllBytes(file)), null, null);
			}
		});
		if (entry.exitCode() == 0) {
			assertThat(thrown).as(entry.file()).isNull();
		}
		else {
			assertThat(thrown).as(entry.file()).isInstanceOf(InputException.class);
			assertThat(thrown.getMessage()).as(entry.file()).contains(name).contains(entry.fragment());
		}
		assertThat(WebTestSupport.uploadFolders()).as("the upload's temporary folder is gone").isEqualTo(before);
	}

	/** A case member whose folder holds more than the case file (evidence, bills). */
	private static boolean hasFilesBeside(CorpusEntry entry, Path file) throws IOException {
		if (!entry.file().endsWith("/case.yaml")) {
			return false;
		}
		try (Stream<Path> siblings = Files.list(file.getParent())) {
			return siblings.anyMatch(p -> !p.equals(file));
		}
	}

	private static MockMultipartFile part(String part, String name, byte[] content) {
		return new MockMultipartFile(part, name, "application/octet-stream", content);
	}

}
