package com.evidenceassessor.bills.evidence;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import com.evidenceassessor.bills.BillStatement;
import com.evidenceassessor.bills.BillTransaction;
import com.evidenceassessor.bills.Direction;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.Party;

/**
 * Finds the bill row that records a transfer or red-packet item: same amount, a direction
 * compatible with the item's (the bill is the client's: money the client paid is 支出), the
 * nearest in time within three days. Whether that is near enough is the rules' call
 * ({@code bills.matchWindowMinutes}).
 */
final class BillMatcher {

	/** Candidates farther than this are not reported at all. */
	static final long MAX_CANDIDATE_MINUTES = 3 * 24 * 60;

	private static final long REFUND_WINDOW_MINUTES = 3 * 24 * 60;

	private BillMatcher() {
	}

	/** The best row of the bill for the item, or {@code null}. */
	static BillRowMatch match(MoneyItem item, CaseBill bill, Party counterparty) {
		BillTransaction best = null;
		long bestMinutes = Long.MAX_VALUE;
		for (BillTransaction row : bill.statement().transactions()) {
			if (row.amount().compareTo(item.amount()) != 0 || !compatible(item.direction(), row.direction())
					|| row.isRefund()) {
				continue;
			}
			long minutes = Math.abs(Duration.between(item.time(), row.time()).toMinutes());
			if (minutes <= MAX_CANDIDATE_MINUTES && minutes < bestMinutes) {
				best = row;
				bestMinutes = minutes;
			}
		}
		if (best == null) {
			return null;
		}
		BillStatement statement = bill.statement();
		return new BillRowMatch(item.item().id(), statement.id(), bill.file(), best.page(), best.row(), best.time(),
				bestMinutes, best.amount(), best.direction(), best.counterparty(),
				CounterpartyNames.names(counterparty, best.counterparty()), best.status(), best.note(),
				refunded(best, statement), monthDay(best.time()), best.amount().toPlainString());
	}

	/**
	 * A row at the same minute as the item, in a compatible direction and not naming
	 * another payee, that records a different amount; {@code null} when there is none, or
	 * when a row records the item's own amount at that time.
	 */
	static BillAmountConflict conflict(MoneyItem item, CaseBill bill, Party counterparty) {
		BillTransaction same = null;
		for (BillTransaction row : bill.statement().transactions()) {
			boolean sameMinute = Math.abs(Duration.between(item.time(), row.time()).toMinutes()) <= 1;
			if (!sameMinute || !compatible(item.direction(), row.direction()) || row.isRefund()) {
				continue;
			}
			if (row.amount().compareTo(item.amount()) == 0) {
				return null;
			}
			if (!Boolean.FALSE.equals(CounterpartyNames.names(counterparty, row.counterparty()))) {
				same = row;
			}
		}
		if (same == null) {
			return null;
		}
		return new BillAmountConflict(item.item().id(), bill.statement().id(), bill.file(), same.page(), same.row(),
				same.amount(), item.amount());
	}

	private static boolean compatible(Direction expected, Direction row) {
		if (row == Direction.NEUTRAL) {
			return false;
		}
		return expected == null || expected == row;
	}

	/**
	 * The status says the money came back, or a refund row of the same amount follows.
	 */
	static boolean refunded(BillTransaction row, BillStatement statement) {
		String status = row.status() == null ? "" : row.status();
		if (status.contains("已全额退款") || status.contains("已退还") || status.contains("对方已退还") || status.contains("已退回")
				|| status.contains("退款成功")) {
			return true;
		}
		return refundRowFollows(row, statement.transactions());
	}

	private static boolean refundRowFollows(BillTransaction row, List<BillTransaction> rows) {
		for (BillTransaction other : rows) {
			if (other == row || !other.isRefund() || other.amount().compareTo(row.amount()) != 0) {
				continue;
			}
			long minutes = Duration.between(row.time(), other.time()).toMinutes();
			if (minutes >= 0 && minutes <= REFUND_WINDOW_MINUTES) {
				return true;
			}
		}
		return false;
	}

	private static String monthDay(LocalDateTime time) {
		return String.format("%02d-%02d", time.getMonthValue(), time.getDayOfMonth());
	}

	/**
	 * A transfer or red packet of the case, as the matcher needs it.
	 *
	 * @param item the item
	 * @param amount the amount
	 * @param time the payment time (payment.time, else the item's time)
	 * @param direction the direction on the client's bill, {@code null} when unknown
	 */
	record MoneyItem(EvidenceItem item, BigDecimal amount, LocalDateTime time, Direction direction) {

	}

}
