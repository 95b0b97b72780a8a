package com.evidenceassessor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseUploadsTest {

	private static final Path EXAMPLE = Path.of("cases/voice-only-loan-acknowledgement/case.yaml");

	private final CaseUploads uploads = new CaseUploads();

	@Test
	void anUploadIsReadAsTheCaseAndItsTemporaryFolderIsGone() throws IOException {
		long before = WebTestSupport.uploadFolders();
		CaseFile read = this.uploads.read(caseFile("case.yaml", Files.readAllBytes(EXAMPLE)),
				List.of(new MockMultipartFile("bills", "bill.csv", "text/csv",
						Files.readAllBytes(java.nio.file.Path.of("src/test/resources/bills/wechat-w1-sample.csv")))),
				List.of(new MockMultipartFile("evidence", "E1.amr", "audio/amr", "#!AMR\n".getBytes())));
		assertThat(read.legalCase().id()).isEqualTo("voice-only-loan-acknowledgement");
		assertThat(read.source()).isEqualTo("case.yaml");
		assertThat(read.folder()).isNull();
		assertThat(WebTestSupport.uploadFolders()).isEqualTo(before);
	}

	@Test
	void theSameCaseUploadedOrReadFromDiskHasTheSameInputHash() throws IOException {
		CaseFile uploaded = this.uploads.read(caseFile("case.yaml", Files.readAllBytes(EXAMPLE)), null, null);
		CaseFile onDisk = com.evidenceassessor.casefile.CaseFileReader.read(EXAMPLE);
		assertThat(uploaded.inputHash()).isEqualTo(onDisk.inputHash());
	}

	@Test
	void noCaseFileOrTwoFilesOfTheSameNameAreErrors() throws IOException {
		assertThatThrownBy(() -> this.uploads.read(null, null, null)).isInstanceOf(InputException.class)
			.hasMessageContaining("no case file was uploaded");
		MockMultipartFile first = new MockMultipartFile("evidence", "a/photo.png", "image/png", new byte[] { 1 });
		MockMultipartFile second = new MockMultipartFile("evidence", "b/photo.png", "image/png", new byte[] { 2 });
		assertThatThrownBy(() -> this.uploads.read(caseFile("case.yaml", Files.readAllBytes(EXAMPLE)), null,
				List.of(first, second)))
			.isInstanceOf(InputException.class)
			.hasMessageContaining("both named 'photo.png'");
	}

	@Test
	void aCaseFileOverTheLimitIsRefusedBeforeItIsRead() {
		byte[] big = new byte[3 * 1024 * 1024];
		assertThatThrownBy(() -> this.uploads.read(caseFile("case.yaml", big), null, null))
			.isInstanceOf(InputException.class)
			.hasMessageContaining("the limit is");
	}

	private static MockMultipartFile caseFile(String name, byte[] content) {
		return new MockMultipartFile("case", name, "application/x-yaml", content);
	}

}
