package com.evidenceassessor.bills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.evidenceassessor.bills.fixtures.CjkFont;
import com.evidenceassessor.bills.fixtures.FakeLedger;
import com.evidenceassessor.bills.fixtures.ProofPdfWriter;
import com.evidenceassessor.bills.fixtures.WeChatXlsxWriter;
import com.evidenceassessor.support.InputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged workbooks and proof PDFs (bytes flipped, the file cut) either read or fail with
 * an InputException — never a POI or PDFBox exception, never a stack trace.
 */
class BillBinaryMutationProperties {

	private static Path dir;

	private static byte[] xlsx;

	private static byte[] pdf;

	@BeforeContainer
	static void fixtures() throws IOException {
		dir = Files.createTempDirectory("bill-binary-mutations");
		FakeLedger ledger = FakeLedger.generate(77, 30);
		xlsx = Files.readAllBytes(WeChatXlsxWriter.write(dir.resolve("w3.xlsx"), ledger, true));
		Optional<CjkFont> font = CjkFont.find();
		pdf = font.isPresent() ? Files.readAllBytes(ProofPdfWriter.write(dir.resolve("w4.pdf"), ledger, font.get()))
				: null;
	}

	@AfterContainer
	static void cleanUp() throws IOException {
		try (var files = Files.walk(dir)) {
			files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
		}
	}

	@Property(tries = 100)
	void damagedWorkbooksOnlyFailWithInputException(@ForAll @IntRange(min = 0, max = 1_000_000) int position,
			@ForAll @IntRange(min = 1, max = 255) int mask, @ForAll boolean cut) throws IOException {
		readsOrFailsCleanly(mutate(xlsx, position, mask, cut), "mutated.xlsx");
	}

	@Property(tries = 100)
	void damagedProofPdfsOnlyFailWithInputException(@ForAll @IntRange(min = 0, max = 1_000_000) int position,
			@ForAll @IntRange(min = 1, max = 255) int mask, @ForAll boolean cut) throws IOException {
		if (pdf != null) {
			readsOrFailsCleanly(mutate(pdf, position, mask, cut), "mutated.pdf");
		}
	}

	private static byte[] mutate(byte[] original, int position, int mask, boolean cut) {
		int at = position % original.length;
		if (cut) {
			return java.util.Arrays.copyOf(original, at);
		}
		byte[] bytes = original.clone();
		bytes[at] ^= (byte) mask;
		return bytes;
	}

	private static void readsOrFailsCleanly(byte[] bytes, String name) throws IOException {
		Path file = Files.write(dir.resolve(name), bytes);
		try {
			BillStatement statement = BillReader.read(file);
			assertThat(statement.countedCount()).isEqualTo(statement.transactions().size());
		}
		catch (InputException expected) {
			assertThat(expected.getMessage()).startsWith(file.toString());
		}
	}

}
