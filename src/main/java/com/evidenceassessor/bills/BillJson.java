package com.evidenceassessor.bills;

import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link BillStatement} that {@code assessor bills --format json}
 * prints. Field names are a contract (documented in docs/bills.md); times are ISO local
 * date-times in UTC+8, amounts are numbers with two decimals.
 */
public final class BillJson {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private BillJson() {
	}

	public static String write(BillStatement statement) {
		try {
			return MAPPER.writeValueAsString(tree(statement));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("a JSON tree always serialises", ex);
		}
	}

	/** Several bills (a folder): a JSON array of statements. */
	public static String write(java.util.List<BillStatement> statements) {
		try {
			ArrayNode array = MAPPER.createArrayNode();
			statements.forEach(s -> array.add(tree(s)));
			return MAPPER.writeValueAsString(array);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("a JSON tree always serialises", ex);
		}
	}

	public static ObjectNode tree(BillStatement s) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("id", s.id());
		root.put("sourceFile", s.sourceFile());
		root.put("sha256", s.sha256());
		root.put("format", s.format().code());
		root.put("formatName", s.format().chineseName());
		root.put("platform", s.platform().name());
		root.put("purpose", s.purpose().name());
		root.put("holderNickname", s.holderNickname());
		root.put("holderRealName", s.holderRealName());
		root.put("holderIdNumber", s.holderIdNumber());
		root.put("account", s.account());
		root.put("documentNumber", s.documentNumber());
		root.put("periodStart", time(s.periodStart()));
		root.put("periodEnd", time(s.periodEnd()));
		root.put("exportedAt", time(s.exportedAt()));
		root.put("exportScope", s.exportScope());
		root.put("declaredCount", s.declaredCount());
		root.put("countedCount", s.countedCount());
		root.set("declared", totals(s.declared()));
		root.set("counted", totals(s.counted()));
		ArrayNode mismatches = root.putArray("mismatches");
		for (BillMismatch m : s.mismatches()) {
			ObjectNode node = mismatches.addObject();
			node.put("field", m.field());
			node.put("label", m.label());
			node.put("declared", m.declared());
			node.put("counted", m.counted());
			node.put("platformCaveat", m.platformCaveat());
		}
		ArrayNode rows = root.putArray("transactions");
		for (BillTransaction t : s.transactions()) {
			rows.add(transaction(t));
		}
		return root;
	}

	private static ObjectNode transaction(BillTransaction t) {
		ObjectNode node = MAPPER.createObjectNode();
		if (t.page() > 0) {
			node.put("page", t.page());
		}
		node.put("row", t.row());
		node.put("time", time(t.time()));
		node.put("type", t.type());
		node.put("counterparty", t.counterparty());
		if (t.counterpartyAccount() != null) {
			node.put("counterpartyAccount", t.counterpartyAccount());
		}
		node.put("goods", t.goods());
		node.put("direction", t.direction().name());
		node.put("amount", t.amount());
		node.put("method", t.method());
		node.put("status", t.status());
		node.put("transactionId", t.transactionId());
		node.put("merchantId", t.merchantId());
		node.put("remark", t.remark());
		node.put("note", t.note());
		return node;
	}

	private static ObjectNode totals(BillTotals t) {
		ObjectNode node = MAPPER.createObjectNode();
		node.put("count", t.count());
		node.put("incomeCount", t.incomeCount());
		node.put("incomeAmount", t.incomeAmount());
		node.put("expenseCount", t.expenseCount());
		node.put("expenseAmount", t.expenseAmount());
		node.put("neutralCount", t.neutralCount());
		node.put("neutralAmount", t.neutralAmount());
		return node;
	}

	private static String time(LocalDateTime value) {
		return value == null ? null : value.toString();
	}

}
