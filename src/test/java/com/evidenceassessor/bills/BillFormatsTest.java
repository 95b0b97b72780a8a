package com.evidenceassessor.bills;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import com.evidenceassessor.bills.fixtures.FakeEntry;
import com.evidenceassessor.bills.fixtures.FakeLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class BillFormatsTest {

	private static final FakeLedger LEDGER = FakeLedger.generate(7, 150);

	@TempDir
	Path dir;

	/** What every format states about a row, whatever its vocabulary. */
	record Core(LocalDateTime time, Direction direction, BigDecimal amount, String counterparty, String id) {

		static Core of(BillTransaction t) {
			String party = t.counterparty() == null ? null : t.counterparty().replaceFirst("^发给", "");
			return new Core(t.time(), t.direction(), t.amount(), party, t.transactionId());
		}

		static Core of(FakeEntry e) {
			return new Core(e.time(), e.direction(), e.amount(), e.counterparty(), e.transactionId());
		}

	}

	@ParameterizedTest
	@EnumSource(BillFormat.class)
	void everyFormatParsesToTheSameCoreFacts(BillFormat format) throws IOException {
		BillStatement statement = BillReader.read(BillFixtureFiles.write(format, this.dir, LEDGER));

		assertThat(statement.format()).isEqualTo(format);
		assertThat(statement.platform()).isEqualTo(format.platform());
		assertThat(statement.periodStart()).isEqualTo(LEDGER.start());
		assertThat(statement.periodEnd()).isEqualTo(LEDGER.end());
		assertThat(statement.transactions()).map(Core::of)
			.containsExactlyElementsOf(LEDGER.entries().stream().map(Core::of).toList());
		assertThat(statement.counted()).isEqualTo(LEDGER.totals());
		assertThat(statement.mismatches()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = BillFormat.class, names = { "W1", "W1B", "W2", "W3", "A1", "A2" })
	void transferNotesAreSplitOut(BillFormat format) throws IOException {
		BillStatement statement = BillReader.read(BillFixtureFiles.write(format, this.dir, LEDGER));

		assertThat(statement.transactions()).map(BillTransaction::note)
			.containsExactlyElementsOf(LEDGER.entries().stream().map(FakeEntry::note).toList());
	}

	@ParameterizedTest
	@EnumSource(value = BillFormat.class, names = { "W1", "W1B", "W2", "W3", "A1", "A2", "A3" })
	void declaredTotalsAreRead(BillFormat format) throws IOException {
		BillStatement statement = BillReader.read(BillFixtureFiles.write(format, this.dir, LEDGER));

		assertThat(statement.declaredCount()).isEqualTo(LEDGER.entries().size());
		assertThat(statement.declared().incomeAmount()).isEqualTo(LEDGER.totals().incomeAmount());
		assertThat(statement.declared().expenseAmount()).isEqualTo(LEDGER.totals().expenseAmount());
	}

	@Test
	void weChatSpreadsheetsAndCsvGiveIdenticalRows() throws IOException {
		List<BillTransaction> w1 = rows(BillFormat.W1);

		assertThat(rows(BillFormat.W1B)).isEqualTo(w1);
		assertThat(rows(BillFormat.W2)).isEqualTo(w1);
		assertThat(rows(BillFormat.W3)).isEqualTo(w1);
	}

	@Test
	void weChatHeaderFieldsAreRead() throws IOException {
		BillStatement statement = BillReader.read(BillFixtureFiles.write(BillFormat.W3, this.dir, LEDGER));

		assertThat(statement.holderNickname()).isEqualTo("小明同学");
		assertThat(statement.exportedAt()).isEqualTo(LEDGER.exportedAt());
		assertThat(statement.exportScope()).isEqualTo("全部");
		assertThat(statement.purpose()).isEqualTo(Purpose.RECONCILIATION);
	}

	@Test
	void proofPdfHeaderFieldsAreRead() throws IOException {
		BillStatement statement = BillReader.read(BillFixtureFiles.write(BillFormat.W4, this.dir, LEDGER));

		assertThat(statement.purpose()).isEqualTo(Purpose.PROOF);
		assertThat(statement.holderRealName()).isEqualTo("王某某");
		assertThat(statement.account()).isEqualTo("wxid_fake0001");
		assertThat(statement.documentNumber()).isEqualTo("20250102093000001234");
		assertThat(statement.transactions()).anyMatch(t -> t.page() > 1);
		assertThat(statement.declared().isEmpty()).isTrue();
	}

	private List<BillTransaction> rows(BillFormat format) throws IOException {
		return BillReader.read(BillFixtureFiles.write(format, this.dir, LEDGER))
			.transactions()
			.stream()
			.map(t -> new BillTransaction(0, 0, t.time(), t.type(), t.counterparty(), t.counterpartyAccount(),
					t.goods(), t.direction(), t.amount(), t.method(), t.status(), t.transactionId(), t.merchantId(),
					t.remark(), t.note()))
			.toList();
	}

}
