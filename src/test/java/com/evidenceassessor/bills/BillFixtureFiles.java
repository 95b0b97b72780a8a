package com.evidenceassessor.bills;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.evidenceassessor.bills.fixtures.AlipayCsvWriter;
import com.evidenceassessor.bills.fixtures.CjkFont;
import com.evidenceassessor.bills.fixtures.FakeLedger;
import com.evidenceassessor.bills.fixtures.ProofPdfWriter;
import com.evidenceassessor.bills.fixtures.WeChatCsvWriter;
import com.evidenceassessor.bills.fixtures.WeChatXlsxWriter;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writes the fixture of one format into a folder (tests' @TempDir). */
final class BillFixtureFiles {

	private static final Optional<CjkFont> FONT = CjkFont.find();

	private BillFixtureFiles() {
	}

	static Path write(BillFormat format, Path dir, FakeLedger ledger) throws IOException {
		Path file = dir.resolve("bill-" + format.code() + ".bin");
		return switch (format) {
			case W1 -> WeChatCsvWriter.write(file, ledger, false);
			case W1B -> WeChatCsvWriter.write(file, ledger, true);
			case W2 -> WeChatXlsxWriter.write(file, ledger, false);
			case W3 -> WeChatXlsxWriter.write(file, ledger, true);
			case W4 -> ProofPdfWriter.write(file, ledger, font());
			case A1 -> AlipayCsvWriter.writeA1(file, ledger);
			case A2 -> AlipayCsvWriter.writeA2(file, ledger, false);
			case A3 -> AlipayCsvWriter.writeA3(file, ledger);
		};
	}

	/**
	 * The CJK font for PDF fixtures; skips the calling test when the machine has none.
	 */
	static CjkFont font() {
		assumeTrue(FONT.isPresent(), "no CJK font on this machine (install fonts-noto-cjk): PDF fixture skipped");
		return FONT.get();
	}

}
