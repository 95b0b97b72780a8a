package com.evidenceassessor.bills.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.bills.BillFormat;
import com.evidenceassessor.bills.fixtures.FakeLedger;
import com.evidenceassessor.bills.fixtures.WeChatCsvWriter;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CaseBillsTest {

	private static final String CASE = """
			id: c
			title: t
			causeOfAction: privateLending
			lawDate: "2025-01-01"
			parties:
			  - { id: plaintiff, role: plaintiff, name: 王某某, client: true }
			  - { id: defendant, role: defendant, name: 李华 }
			items:
			  - { id: E1, kind: transfer, counterparty: defendant, payment: { amount: %s, time: "%s", outgoing: false } }
			%s
			""";

	@TempDir
	Path dir;

	@Test
	void aBillInBillsFolderBecomesAnItemAndItsRowsMatchTheTransfer() throws IOException {
		FakeLedger ledger = FakeLedger.generate(5, 40);
		var incoming = ledger.entries()
			.stream()
			.filter(e -> e.kind() == com.evidenceassessor.bills.fixtures.FakeEntry.Kind.TRANSFER_IN)
			.findFirst()
			.orElseThrow();
		writeCase(incoming.amount().toPlainString(), incoming.time().toString(), "");
		Files.createDirectories(this.dir.resolve("bills"));
		WeChatCsvWriter.write(this.dir.resolve("bills/wechat.csv"), ledger, false);
		Files.writeString(this.dir.resolve("bills/README.md"), "notes, not a bill");

		CaseFile caseFile = CaseFileReader.read(this.dir);

		EvidenceItem bill = caseFile.legalCase().items().get(1);
		assertThat(bill.id()).isEqualTo("B1");
		assertThat(bill.kind()).isEqualTo(ItemKind.BILL);
		assertThat(bill.files()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("bills/wechat.csv"));
		assertThat(caseFile.derivedFacts()).filteredOn(BillEvidence.class::isInstance)
			.singleElement()
			.satisfies(f -> assertThat(((BillEvidence) f).format()).isEqualTo(BillFormat.W1.code()));
		assertThat(caseFile.derivedFacts()).filteredOn(BillRowMatch.class::isInstance)
			.singleElement()
			.satisfies(f -> assertThat(((BillRowMatch) f).minutesApart()).isZero());
	}

	@Test
	void aListedBillItemIsTheBillNotAnAddedOne() throws IOException {
		Files.createDirectories(this.dir.resolve("proof"));
		WeChatCsvWriter.write(this.dir.resolve("proof/w1.csv"), FakeLedger.generate(6, 5), false);
		writeCase("100", "2024-05-01T10:00:00", "  - { id: E9, kind: bill, files: [{ path: proof/w1.csv }] }");

		CaseFile caseFile = CaseFileReader.read(this.dir);

		assertThat(caseFile.legalCase().items()).extracting(EvidenceItem::id).containsExactly("E1", "E9");
		assertThat(caseFile.derivedFacts()).filteredOn(BillEvidence.class::isInstance)
			.singleElement()
			.satisfies(f -> assertThat(((BillEvidence) f).itemId()).isEqualTo("E9"));
	}

	@Test
	void aBadBillInTheFolderIsALocatedErrorNamingTheFile() throws IOException {
		writeCase("100", "2024-05-01T10:00:00", "");
		Files.createDirectories(this.dir.resolve("bills"));
		Files.writeString(this.dir.resolve("bills/bill.csv"), "name,age\r\n", StandardCharsets.UTF_8);

		InputException error = catchThrowableOfType(InputException.class, () -> CaseFileReader.read(this.dir));

		assertThat(error.location().file()).endsWith("bills/bill.csv");
		assertThat(error.problem()).contains("expected a bill export");
	}

	@Test
	void aBillPathLeavingTheCaseFolderIsRefused() throws IOException {
		writeCase("100", "2024-05-01T10:00:00", "  - { id: E9, kind: bill, files: [{ path: ../outside.csv }] }");
		Files.writeString(this.dir.getParent().resolve("outside.csv"), "x");

		InputException error = catchThrowableOfType(InputException.class, () -> CaseFileReader.read(this.dir));

		assertThat(error).isNotNull();
		assertThat(error.getMessage()).contains("items[1].files[0]", "outside the case folder");
	}

	private void writeCase(String amount, String time, String extraItem) throws IOException {
		Files.writeString(this.dir.resolve("case.yaml"), CASE.formatted(amount, time, extraItem));
	}

}
