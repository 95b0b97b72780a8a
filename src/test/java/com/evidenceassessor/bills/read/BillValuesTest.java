package com.evidenceassessor.bills.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillValuesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "¥28.16|28.16", "￥28.16|28.16", "'¥1,234.50'|1234.50",
			"'1,234,567.8'|1234567.80", "500|500.00", "0.01|0.01", "' ¥ 70.00\t'|70.00", "¥0|0.00" })
	void amountsAsBillsWriteThem(String text, String expected) {
		assertThat(Amounts.parse(text)).isEqualTo(new BigDecimal(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "¥", "abc", "-5.00", "1.234", "12.3.4", "1,23.00", "12,3456", ",123", "1e5",
			"9999999999999999", "¥12.", ".5" })
	void malformedAmountsAreRejected(String text) {
		assertThatThrownBy(() -> Amounts.parse(text)).isInstanceOf(ValueException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "2024-05-03 12:41:09|2024-05-03T12:41:09", "'2021-06-01 00:10:22 '|2021-06-01T00:10:22",
					"2025/4/22 10:00|2025-04-22T10:00", "2026/1/2 04:56:07|2026-01-02T04:56:07",
					"2024-05-03T12:41:09|2024-05-03T12:41:09" })
	void timesAsBillsWriteThem(String text, LocalDateTime expected) {
		assertThat(Times.parse(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-02-30 10:00:00", "2024-13-01 10:00:00", "2024-05-03 24:00:00", "2024-05-03",
			"yesterday", "2024-05-03 12:41:0x", "46115.52857638889" })
	void impossibleOrMalformedTimesAreRejected(String text) {
		assertThatThrownBy(() -> Times.parse(text)).isInstanceOf(ValueException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "收入：3笔 1547.90元|收入|3|1547.90", "收入：1笔,42.00元|收入|1|42.00",
			"已支出:2笔,692.50元|已支出|2|692.50", "不计收支：4笔 1104.97元|不计收支|4|1104.97", "中性交易：0笔 0.00元|中性交易|0|0.00" })
	void summaryLines(String line, String label, int count, String amount) {
		Preamble.Sum sum = Preamble.sum(line);
		assertThat(sum.label()).isEqualTo(label);
		assertThat(sum.count()).isEqualTo(count);
		assertThat(sum.amount()).isEqualTo(new BigDecimal(amount));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0|A", "5|F", "25|Z", "26|AA", "27|AB", "701|ZZ", "702|AAA" })
	void columnLetters(int column, String letters) {
		assertThat(CellLocator.columnLetters(column)).isEqualTo(letters);
	}

}
