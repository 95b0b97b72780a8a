package com.evidenceassessor.bills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.bills.fixtures.FakeLedger;
import com.evidenceassessor.cli.CommandRun;
import com.evidenceassessor.cli.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BillsCommandTest {

	private static final FakeLedger LEDGER = FakeLedger.generate(3, 30);

	@TempDir
	Path dir;

	@Test
	void showsWhatWasRead() throws IOException {
		Path file = BillFixtureFiles.write(BillFormat.W2, this.dir, LEDGER);

		CommandRun run = CommandRun.of("bills", file.toString());

		String text = run.out();
		assertThat(run.exit()).isEqualTo(ExitCodes.OK);
		assertThat(text).contains("W2", "微信支付", "用于个人对账", "小明同学", "2024-01-01 00:00:00 至 2024-12-31 23:59:59",
				"声明合计与逐行合计一致", "交易时间");
		assertThat(text.lines().filter(l -> l.matches("^\\d+ +20\\d\\d-.*"))).hasSize(30);
	}

	@Test
	void printsMismatchesInText() throws IOException {
		Path w1 = BillFixtureFiles.write(BillFormat.W1, this.dir, LEDGER);
		String edited = Files.readString(w1).replaceFirst("共30笔记录", "共31笔记录");
		Path file = Files.writeString(this.dir.resolve("edited.csv"), edited);

		CommandRun run = CommandRun.of("bills", file.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.OK);
		assertThat(run.out()).contains("不一致", "共N笔记录：账单声明 31，逐行合计 30");
	}

	@Test
	void printsJson() throws IOException {
		Path file = BillFixtureFiles.write(BillFormat.A2, this.dir, LEDGER);

		CommandRun run = CommandRun.of("bills", "--format", "json", file.toString());

		assertThat(run.exit()).isEqualTo(ExitCodes.OK);
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertThat(json.get("format").asText()).isEqualTo("A2");
		assertThat(json.get("platform").asText()).isEqualTo("ALIPAY");
		assertThat(json.get("purpose").asText()).isEqualTo("RECONCILIATION");
		assertThat(json.get("periodStart").asText()).isEqualTo("2024-01-01T00:00");
		assertThat(json.get("periodEnd").asText()).isEqualTo("2024-12-31T23:59:59");
		assertThat(json.get("declaredCount").asInt()).isEqualTo(30);
		assertThat(json.get("countedCount").asInt()).isEqualTo(30);
		assertThat(json.get("mismatches")).isEmpty();
		JsonNode first = json.get("transactions").get(0);
		assertThat(first.fieldNames()).toIterable()
			.contains("time", "type", "counterparty", "direction", "amount", "status", "note");
		assertThat(first.get("amount").decimalValue()).isEqualByComparingTo(LEDGER.entries().get(0).amount());
		assertThat(json.get("transactions")).hasSize(30);
	}

	@Test
	void aFolderOfBillsPrintsEachAndJsonAnArray() throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("bills"));
		BillFixtureFiles.write(BillFormat.W1, folder, LEDGER);
		BillFixtureFiles.write(BillFormat.A1, folder, LEDGER);
		Files.writeString(folder.resolve("README.md"), "notes");

		CommandRun run = CommandRun.of("bills", "--format", "json", folder.toString());
		assertThat(run.exit()).isEqualTo(ExitCodes.OK);

		JsonNode json = new ObjectMapper().readTree(run.out());
		assertThat(json.isArray()).isTrue();
		assertThat(json).extracting(n -> n.get("format").asText()).containsExactly("A1", "W1");
	}

	@Test
	void badFileIsOneErrorLineAndInvalidInput() throws IOException {
		Path file = Files.writeString(this.dir.resolve("notes.txt"), "hello\n");

		CommandRun run = CommandRun.of("bills", file.toString());

		String error = run.err();
		assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(error.lines()).singleElement()
			.satisfies(line -> assertThat(line).startsWith("error: " + file + ":1"));
		assertThat(error).doesNotContain("Exception", "\tat ");
	}

}
