package com.evidenceassessor.bills;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.evidenceassessor.bills.fixtures.AlipayCsvWriter;
import com.evidenceassessor.bills.fixtures.FakeLedger;
import com.evidenceassessor.bills.fixtures.WeChatXlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BillIntegrityTest {

	private static final FakeLedger LEDGER = FakeLedger.generate(21, 60);

	@TempDir
	Path dir;

	@Test
	void deletingARowFromTheCsvIsFlagged() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, LEDGER);
		List<String> lines = new ArrayList<>(Arrays.asList(Files.readString(w1).split("\r\n", -1)));
		String removed = lines.remove(30);
		Path edited = Files.writeString(this.dir.resolve("edited.csv"), String.join("\r\n", lines));

		BillStatement statement = BillReader.read(edited);

		assertThat(statement.countedCount()).isEqualTo(LEDGER.entries().size() - 1);
		assertThat(statement.mismatches()).extracting(BillMismatch::field).contains("count");
		String direction = removed.contains(",收入,") ? "income" : (removed.contains(",支出,") ? "expense" : "neutral");
		assertThat(statement.mismatches()).extracting(BillMismatch::field)
			.contains(direction + "Count", direction + "Amount");
		assertThat(statement.mismatches().get(0).describe()).contains("账单声明 60", "逐行合计 59");
	}

	@Test
	void changedAmountInTheWorkbookIsFlagged() throws IOException {
		BillTotals truth = LEDGER.totals();
		BillTotals lie = new BillTotals(truth.count(), truth.incomeCount(), truth.incomeAmount().add(BigDecimal.TEN),
				truth.expenseCount(), truth.expenseAmount(), truth.neutralCount(), truth.neutralAmount());
		Path xlsx = WeChatXlsxWriter.write(this.dir.resolve("w3.xlsx"), LEDGER, lie, true, true);

		List<BillMismatch> mismatches = BillReader.read(xlsx).mismatches();

		assertThat(mismatches).singleElement().satisfies(m -> {
			assertThat(m.field()).isEqualTo("incomeAmount");
			assertThat(m.platformCaveat()).isFalse();
			assertThat(new BigDecimal(m.declared()).subtract(new BigDecimal(m.counted()))).isEqualByComparingTo("10");
		});
	}

	@Test
	void alipayAmountMismatchCarriesThePlatformsOwnCaveat() throws IOException {
		BillTotals truth = LEDGER.totals();
		BillTotals lie = new BillTotals(truth.count(), truth.incomeCount(), truth.incomeAmount(), truth.expenseCount(),
				truth.expenseAmount().subtract(BigDecimal.ONE), truth.neutralCount(), truth.neutralAmount());
		Path a2 = AlipayCsvWriter.writeA2(this.dir.resolve("a2.csv"), LEDGER, lie, true);

		assertThat(BillReader.read(a2).mismatches()).singleElement().satisfies(m -> {
			assertThat(m.field()).isEqualTo("expenseAmount");
			assertThat(m.platformCaveat()).isTrue();
			assertThat(m.describe()).contains("支付宝提示统计口径可能不同");
		});
	}

	@Test
	void streamingReadKeepsTotalsWithoutRows() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, LEDGER);
		List<BillTransaction> seen = new ArrayList<>();

		BillStatement statement = BillReader.read(w1, "w1.csv", BillLimits.defaults(), seen::add);

		assertThat(statement.transactions()).isEmpty();
		assertThat(seen).hasSize(LEDGER.entries().size());
		assertThat(statement.counted()).isEqualTo(LEDGER.totals());
		assertThat(statement.sourceFile()).isEqualTo("w1.csv");
		assertThat(statement.id()).startsWith("bill-").hasSize(17);
		assertThat(Files.readString(w1, StandardCharsets.UTF_8)).startsWith("\uFEFF微信支付账单明细");
	}

}
