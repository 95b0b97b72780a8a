package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRevisionsTest {

	@TempDir
	Path folder;

	private PdfRevisions scan(byte[] bytes) throws IOException {
		return PdfRevisions.scan(Files.write(this.folder.resolve("x.pdf"), bytes));
	}

	@Test
	void countsMarkersIncludingOverlappingPercentSigns() throws IOException {
		PdfRevisions revisions = scan("%PDF-1.4\n...%%EOF\n...%%%EOF\n%%E%%EOF%%EO".getBytes());
		assertThat(revisions.eofEnds()).hasSize(3);
		assertThat(revisions.incrementalUpdates()).isEqualTo(2);
		assertThat(revisions.linearized()).isFalse();
	}

	@Test
	void findsAMarkerSplitAcrossReadBuffers() throws IOException {
		byte[] bytes = new byte[1024 + 64 * 1024 + 10];
		byte[] marker = "%%EOF".getBytes();
		System.arraycopy(marker, 0, bytes, 1024 + 64 * 1024 - 2, marker.length);
		System.arraycopy(marker, 0, bytes, 1022, marker.length);
		PdfRevisions revisions = scan(bytes);
		assertThat(revisions.eofEnds()).containsExactly(1027L, 1024L + 64 * 1024 + 3);
	}

	@Test
	void aLinearizedFilesExtraMarkerIsNotAnUpdate() throws IOException {
		PdfRevisions revisions = scan(
				"%PDF-1.7\n1 0 obj <</Linearized 1/L 999>> endobj\nxref\n%%EOF\n... body ...\n%%EOF\n".getBytes());
		assertThat(revisions.linearized()).isTrue();
		assertThat(revisions.incrementalUpdates()).isZero();
	}

}
