package com.evidenceassessor.generate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.casefile.CanonicalHash;
import com.evidenceassessor.facts.EvidenceFile;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.facts.PaymentStatus;

/**
 * The client's WeChat Pay bill for a case that offers one (an item of kind {@code bill}):
 * the 「用于个人对账」 CSV export (format W1 in the shared bill-format notes: UTF-8 with BOM,
 * CRLF, a 16-line preamble, the 11-column header on line 17, IDs followed by a tab), with
 * the case's transfers and red packets among everyday payments.
 */
final class WeChatBills implements CaseFiles {

	/** The last four digits of the client's bank card bound to WeChat Pay. */
	private static final String BANK_CARD_TAIL = "6217";

	/** The largest single payment drawn from the WeChat balance rather than the card. */
	private static final BigDecimal LARGEST_FROM_BALANCE = new BigDecimal(10_000);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final String PAD = ",,,,,,,,";

	private static final String[] MERCHANTS = { "美团外卖", "滴滴出行", "星巴克", "罗森便利店", "中国石化", "盒马鲜生", "拼多多平台商户" };

	@Override
	public void add(CaseDraft draft, Map<String, byte[]> files) {
		for (ItemDraft item : draft.items) {
			if (item.kind != ItemKind.BILL) {
				continue;
			}
			// the bill item is dated when the bill was exported, after every row it lists
			LocalDateTime exported = item.time;
			List<Row> rows = rows(draft, exported);
			LocalDateTime from = rows.get(0).time().toLocalDate().atStartOfDay();
			LocalDateTime to = rows.get(rows.size() - 1).time().toLocalDate().atTime(23, 59, 59);
			if (to.isAfter(exported)) {
				to = exported;
			}
			String path = "bills/微信支付账单(" + from.format(DAY) + "-" + to.format(DAY) + ").csv";
			byte[] content = csv(draft, rows, from, to, exported);
			files.put(path, content);
			item.files.add(new EvidenceFile(path, item.hashRecordedWhenFixed() ? CanonicalHash.sha256(content) : null));
		}
	}

	/**
	 * How the client paid: from its WeChat balance (零钱), or from the bank card bound to
	 * WeChat where a bank statement shows the money leaving the bank, or where the sum is
	 * more than a balance pays (a balance pays at most 100,000 or 200,000 yuan a year,
	 * 《非银行支付机构网络支付业务管理办法》第十一条: a large loan or price comes from the card).
	 */
	private static String method(ItemDraft item) {
		boolean bank = item.outsideEvidence.stream().anyMatch(e -> e.kind() == OutsideEvidenceKind.BANK_RECORD);
		boolean large = item.payment.amount() != null && item.payment.amount().compareTo(LARGEST_FROM_BALANCE) > 0;
		return (bank || large) ? "招商银行储蓄卡(" + BANK_CARD_TAIL + ")" : "零钱";
	}

	/**
	 * What Tenpay records as paid: the amount the item shows, except for a copy found not
	 * to match its original, which shows a sum altered from it (a tenth of it here: one
	 * zero added to the copy).
	 */
	private static BigDecimal paid(ItemDraft item) {
		return item.copyMismatched() ? item.payment.amount().divide(BigDecimal.TEN) : item.payment.amount();
	}

	private static List<Row> rows(CaseDraft draft, LocalDateTime exported) {
		List<Row> rows = new ArrayList<>();
		for (ItemDraft item : draft.items) {
			if (item.payment != null && item.payment.amount() != null) {
				boolean out = !Boolean.FALSE.equals(item.payment.outgoing());
				boolean packet = item.kind == ItemKind.RED_PACKET;
				String type = packet ? "微信红包（单发）" : "转账";
				String party = packet && out ? "发给" + draft.defendantContact : draft.defendantContact;
				String goods = (item.payment.note() != null && !packet) ? "转账备注:" + item.payment.note() : "/";
				rows.add(new Row(item.time, type, party, goods, out ? "支出" : "收入", paid(item), out ? method(item) : "/",
						status(item.payment.status(), out)));
			}
		}
		LocalDate anchor = (rows.isEmpty() ? exported.minusDays(60) : rows.get(0).time()).toLocalDate();
		int noise = draft.dice.between(3, 12);
		for (int i = 0; i < noise; i++) {
			// everyday purchases, in the day or the evening
			LocalDateTime time = anchor.plusDays(draft.dice.between(-40, 40))
				.atTime(draft.dice.between(7, 22), draft.dice.between(0, 59), draft.dice.between(0, 59));
			Row row = new Row(time, "商户消费", draft.dice.pick(MERCHANTS), "/", "支出", draft.dice.yuan(5, 300, 1), "零钱",
					"支付成功");
			if (time.isBefore(exported)) {
				rows.add(row);
			}
		}
		rows.sort(Comparator.comparing(Row::time));
		return rows;
	}

	/** The bill's 当前状态 for a payment: received, sent back, or not yet accepted. */
	private static String status(PaymentStatus status, boolean out) {
		if (status == PaymentStatus.REFUNDED) {
			return "已全额退款";
		}
		if (status == PaymentStatus.PENDING) {
			return "待接收";
		}
		return out ? "对方已收钱" : "已存入零钱";
	}

	private static byte[] csv(CaseDraft draft, List<Row> rows, LocalDateTime from, LocalDateTime to,
			LocalDateTime exported) {
		long in = rows.stream().filter(r -> r.direction().equals("收入")).count();
		long out = rows.size() - in;
		StringBuilder text = new StringBuilder("\uFEFF");
		line(text, "微信支付账单明细" + PAD);
		line(text, "微信昵称：[" + draft.plaintiff + "]" + PAD);
		line(text, "起始时间：[" + from.format(TIME) + "] 终止时间：[" + to.format(TIME) + "]" + PAD);
		line(text, "导出类型：[全部]" + PAD);
		line(text, "导出时间：[" + exported.format(TIME) + "]" + PAD);
		line(text, PAD);
		line(text, "共" + rows.size() + "笔记录" + PAD);
		line(text, "收入：" + in + "笔 " + total(rows, "收入") + "元" + PAD);
		line(text, "支出：" + out + "笔 " + total(rows, "支出") + "元" + PAD);
		line(text, "中性交易：0笔 0.00元" + PAD);
		line(text, "注：" + PAD);
		line(text, "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易" + PAD);
		line(text, "2. 本明细仅展示当前账单中的交易，不包括已删除的记录" + PAD);
		line(text, "3. 本明细仅供个人对账使用" + PAD);
		line(text, PAD);
		line(text, "----------------------微信支付账单明细列表--------------------" + PAD);
		line(text, "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注");
		for (Row row : rows) {
			line(text,
					row.time().format(TIME) + "," + row.type() + "," + row.party() + ",\"" + row.goods() + "\","
							+ row.direction() + ",\u00A5" + row.amount().setScale(2) + "," + row.method() + ","
							+ row.status() + ",1000" + draft.dice.digits(24) + "\t,"
							+ (row.type().equals("商户消费") ? draft.dice.digits(20) : "/") + "\t,\"/\"");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String total(List<Row> rows, String direction) {
		return rows.stream()
			.filter(r -> r.direction().equals(direction))
			.map(Row::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2)
			.toPlainString();
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append("\r\n");
	}

	private record Row(LocalDateTime time, String type, String party, String goods, String direction, BigDecimal amount,
			String method, String status) {

	}

}
