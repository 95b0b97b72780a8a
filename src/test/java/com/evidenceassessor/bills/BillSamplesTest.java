package com.evidenceassessor.bills;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in bills of src/test/resources/bills, built from the formats document's
 * examples.
 */
class BillSamplesTest {

	@Test
	void weChatSampleWithEveryQuirk() throws Exception {
		BillStatement s = BillReader.read(resource("wechat-w1-sample.csv"));
		List<BillTransaction> rows = s.transactions();

		assertThat(s.format()).isEqualTo(BillFormat.W1);
		assertThat(s.holderNickname()).isEqualTo("小明同学");
		assertThat(s.mismatches()).isEmpty();
		assertThat(rows).hasSize(12);
		assertThat(rows.get(0).row()).isEqualTo(18);
		assertThat(rows.get(0).transactionId()).isEqualTo("4200002187202405036512349876");
		assertThat(rows.get(1).note()).as("default 微信转账 means no note").isNull();
		assertThat(rows.get(2).note()).isEqualTo("五月房租");
		assertThat(rows.get(2).method()).isNull();
		assertThat(rows.get(3).counterparty()).isEqualTo("发给张小花");
		assertThat(rows.get(4).note()).isEqualTo("西瓜");
		assertThat(rows.get(6).direction()).isEqualTo(Direction.NEUTRAL);
		assertThat(rows.get(6).remark()).isEqualTo("服务费¥0.50");
		assertThat(rows.get(7).counterparty()).isNull();
		assertThat(rows.get(8).isRefund()).isTrue();
		assertThat(rows.get(9).status()).isEqualTo("已退款(¥12.00)");
		assertThat(rows.get(10).counterparty()).isEqualTo("WALMART HONG KONG CO.,LIMITED");
		assertThat(rows.get(10).transactionId()).isEqualTo("4200002199202404250000000001");
		assertThat(rows.get(11).goods()).isEqualTo("打开拼多多，点击底部\"多多视频\"");
		assertThat(rows.get(11).time()).isEqualTo(LocalDateTime.of(2024, 4, 24, 21, 30));
	}

	@Test
	void alipay2026SampleWithPaddedRowAndNewCompanyName() throws Exception {
		BillStatement s = BillReader.read(resource("alipay-a2-2026-sample.csv"));
		List<BillTransaction> rows = s.transactions();

		assertThat(s.format()).isEqualTo(BillFormat.A2);
		assertThat(s.holderRealName()).isEqualTo("王某某");
		assertThat(s.account()).isEqualTo("138****0000");
		assertThat(s.exportScope()).isEqualTo("全部");
		assertThat(rows.get(0).row()).isEqualTo(25);
		assertThat(s.mismatches()).isEmpty();
		assertThat(rows.get(1).note()).isEqualTo("八月水电");
		assertThat(rows.get(1).counterpartyAccount()).isEqualTo("138******66");
		assertThat(rows.get(2).note()).isNull();
		assertThat(rows.get(1).merchantId()).isNull();
		assertThat(rows.get(7).isRefund()).isTrue();
		assertThat(rows.get(9).type()).isEqualTo("亲友代付");
		assertThat(rows.get(9).amount()).isEqualTo(new BigDecimal("49.74"));
		assertThat(rows.get(9).time()).isEqualTo(LocalDateTime.of(2023, 2, 12, 21, 32, 14));
	}

	@Test
	void alipayWebSampleUsesFundStatusWhenDirectionIsEmpty() throws Exception {
		BillStatement s = BillReader.read(resource("alipay-a3-sample.csv"));

		assertThat(s.format()).isEqualTo(BillFormat.A3);
		assertThat(s.account()).isEqualTo("zhang***@163.com");
		assertThat(s.holderRealName()).isEqualTo("张三");
		assertThat(s.exportedAt()).isEqualTo(LocalDateTime.of(2020, 1, 1, 10, 0));
		assertThat(s.transactions()).map(BillTransaction::direction)
			.containsExactly(Direction.EXPENSE, Direction.INCOME, Direction.EXPENSE, Direction.INCOME,
					Direction.NEUTRAL);
		assertThat(s.mismatches()).isEmpty();
		assertThat(s.declared().neutralCount()).isNull();
	}

	static Path resource(String name) throws URISyntaxException {
		return Path.of(BillSamplesTest.class.getResource("/bills/" + name).toURI());
	}

}
