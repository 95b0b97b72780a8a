package com.evidenceassessor.bills.evidence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.evidenceassessor.bills.BillMismatch;
import com.evidenceassessor.bills.BillStatement;
import com.evidenceassessor.bills.BillTransaction;
import com.evidenceassessor.bills.Direction;
import com.evidenceassessor.bills.Platform;
import com.evidenceassessor.bills.evidence.BillMatcher.MoneyItem;
import com.evidenceassessor.facts.EvidenceFile;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.Party;

/**
 * Turns a case's bills into what the rules see: a {@link BillEvidence} per bill (and an
 * evidence item of kind {@code bill} for each bill no item lists), a {@link BillCoverage}
 * and, where one exists, a {@link BillRowMatch} per transfer or red packet and WeChat Pay
 * bill, and a {@link MoneyFlow} per other party. The bills are taken to be the client's
 * (lawyers hand over their clients' exports).
 */
public final class BillCaseFacts {

	private BillCaseFacts() {
	}

	/**
	 * What the bills add to a case.
	 *
	 * @param facts the facts to insert beside the case
	 * @param addedItems the {@code bill} items for bills the case file does not list
	 */
	public record Result(List<Object> facts, List<EvidenceItem> addedItems) {

	}

	public static Result derive(LegalCase legalCase, List<CaseBill> bills) {
		List<String> itemIds = itemIds(legalCase, bills);
		List<MoneyItem> money = moneyItems(legalCase);
		List<Object> facts = new ArrayList<>();
		List<EvidenceItem> added = new ArrayList<>();
		List<BillRowMatch> allMatches = new ArrayList<>();
		for (int b = 0; b < bills.size(); b++) {
			CaseBill bill = bills.get(b);
			List<BillRowMatch> matches = new ArrayList<>();
			List<String> inside = new ArrayList<>();
			List<String> outside = new ArrayList<>();
			coverageAndMatches(legalCase, money, bill, facts, matches, inside, outside);
			allMatches.addAll(matches);
			facts.addAll(matches);
			facts.add(evidence(bill, itemIds.get(b), inside, outside));
			if (bill.listedItemId() == null) {
				added.add(billItem(legalCase, bill, itemIds.get(b), matches));
			}
		}
		facts.addAll(MoneyFlows.of(legalCase, bills, allMatches));
		return new Result(facts, added);
	}

	private static void coverageAndMatches(LegalCase legalCase, List<MoneyItem> money, CaseBill bill,
			List<Object> facts, List<BillRowMatch> matches, List<String> inside, List<String> outside) {
		BillStatement statement = bill.statement();
		if (statement.platform() != Platform.WECHAT_PAY) {
			return;
		}
		for (MoneyItem item : money) {
			boolean covered = covers(statement, item.time());
			facts.add(new BillCoverage(item.item().id(), statement.id(), covered));
			(covered ? inside : outside).add(item.item().id());
			Party counterparty = legalCase.party(item.item().counterparty());
			BillRowMatch match = BillMatcher.match(item, bill, counterparty);
			if (match != null) {
				matches.add(match);
			}
			BillAmountConflict conflict = BillMatcher.conflict(item, bill, counterparty);
			if (conflict != null) {
				facts.add(conflict);
			}
		}
	}

	static boolean covers(BillStatement statement, LocalDateTime time) {
		LocalDateTime start = statement.periodStart();
		LocalDateTime end = statement.periodEnd();
		if (start == null || end == null) {
			List<BillTransaction> rows = statement.transactions();
			if (rows.isEmpty()) {
				return false;
			}
			start = rows.stream().map(BillTransaction::time).min(LocalDateTime::compareTo).orElseThrow();
			end = rows.stream().map(BillTransaction::time).max(LocalDateTime::compareTo).orElseThrow();
		}
		return !time.isBefore(start) && !time.isAfter(end);
	}

	private static BillEvidence evidence(CaseBill bill, String itemId, List<String> inside, List<String> outside) {
		BillStatement s = bill.statement();
		List<BillMismatch> mismatches = s.mismatches();
		boolean hard = mismatches.stream().anyMatch(m -> !m.platformCaveat());
		String holder = s.holderRealName() != null ? s.holderRealName() : s.holderNickname();
		return new BillEvidence(s.id(), itemId, bill.listedItemId() != null, bill.file(), s.sha256(), s.format().code(),
				s.platform(), s.purpose(), holder, s.periodStart(), s.periodEnd(), s.countedCount(),
				!s.declared().isEmpty(), hard, !hard && !mismatches.isEmpty(),
				mismatches.stream().map(BillMismatch::describe).toList(), inside, outside);
	}

	private static EvidenceItem billItem(LegalCase legalCase, CaseBill bill, String id, List<BillRowMatch> matches) {
		BillStatement s = bill.statement();
		Set<String> matched = new HashSet<>();
		matches.forEach(m -> matched.add(m.itemId()));
		Set<String> proves = new LinkedHashSet<>();
		legalCase.items().stream().filter(i -> matched.contains(i.id())).forEach(i -> proves.addAll(i.proves()));
		String title = s.format().chineseName() + "（" + bill.file() + "）";
		LocalDateTime time = s.exportedAt() != null ? s.exportedAt() : s.periodEnd();
		// the file's own hash is no hash recorded when anyone fixed it: none is given
		return new EvidenceItem(id, title, ItemKind.BILL, null, null, legalCase.clientId(), time, List.copyOf(proves),
				List.of(new EvidenceFile(bill.file(), null)), null, null, null, null, null, null, null, null, null,
				null, null, null, List.of(), List.of(), null);
	}

	private static List<String> itemIds(LegalCase legalCase, List<CaseBill> bills) {
		Set<String> taken = new HashSet<>();
		legalCase.items().forEach(i -> taken.add(i.id()));
		List<String> ids = new ArrayList<>();
		int next = 1;
		for (CaseBill bill : bills) {
			if (bill.listedItemId() != null) {
				ids.add(bill.listedItemId());
				continue;
			}
			while (taken.contains("B" + next)) {
				next++;
			}
			ids.add("B" + next);
			taken.add("B" + next);
		}
		return ids;
	}

	private static List<MoneyItem> moneyItems(LegalCase legalCase) {
		String client = legalCase.clientId();
		List<MoneyItem> money = new ArrayList<>();
		for (EvidenceItem item : legalCase.items()) {
			LocalDateTime time = item.paidAt();
			if (!item.moneyItem() || item.payment().amount() == null || time == null) {
				continue;
			}
			money.add(new MoneyItem(item, item.payment().amount(), time, direction(item, client)));
		}
		return money;
	}

	/** Direction on the client's bill: what the client paid is 支出. */
	private static Direction direction(EvidenceItem item, String client) {
		Boolean outgoing = item.payment().outgoing();
		boolean byClient = item.submittedBy() == null || item.submittedBy().equals(client);
		if (outgoing == null || !byClient) {
			return null;
		}
		return outgoing ? Direction.EXPENSE : Direction.INCOME;
	}

}
