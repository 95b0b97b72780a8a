package com.evidenceassessor.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.PaymentDetails;
import com.evidenceassessor.rules.Chains;

/**
 * A sum of money paid in several payments — an element with {@code inParts} in
 * rules/chains.yaml, such as a loan delivered by two transfers — is proved payment by
 * payment. The usable transfers and red packets offered for the fact, grouped by the
 * payment they show, are its parts; together they prove the fact as strongly as their
 * strengths weighted by the amounts (¥200,000 at 50 and ¥100,000 at 90: 63; a 520 red
 * packet at 45 beside a ¥188,000 transfer at 75 barely moves it), while an item that is
 * not a payment (an IOU, a bill, a chat acknowledging the whole sum) can still prove it
 * alone. The weakest payment is what holds the fact down. One rule for the evidence chain
 * and for the case score: both give the usable items offered for a fact with their
 * scores.
 */
final class PaymentParts {

	private PaymentParts() {
	}

	/**
	 * The distinct payments among the items offered for a fact, in case-file order, when
	 * its element is proved in parts and there are two or more; else none, and the fact
	 * is rated by its strongest item.
	 * @param element the fact's element, {@code null} for a fact outside the chain
	 * @param scoreOf the score of each usable item offered for the fact, by id
	 */
	static List<Part> of(Chains.Element element, LegalCase legalCase, Map<String, Integer> scoreOf) {
		if (element == null || !element.inParts()) {
			return List.of();
		}
		Map<Payment, List<EvidenceItem>> byPayment = new LinkedHashMap<>();
		for (EvidenceItem item : legalCase.items()) {
			if (scoreOf.containsKey(item.id()) && payment(item)) {
				byPayment.computeIfAbsent(Payment.of(item.payment()), p -> new ArrayList<>()).add(item);
			}
		}
		if (byPayment.size() < 2) {
			return List.of();
		}
		Comparator<String> strongestFirst = Comparator.comparingInt((String id) -> scoreOf.get(id)).reversed();
		return byPayment.values().stream().map(items -> {
			List<String> ids = items.stream().map(EvidenceItem::id).sorted(strongestFirst).toList();
			PaymentDetails shown = items.get(0).payment();
			return new Part(shown.amount(), shown.time(), ids, scoreOf.get(ids.get(0)));
		}).toList();
	}

	/**
	 * How strongly the usable items prove the fact (0 when none): the strongest item, or
	 * with parts the greater of the strongest item that is not a payment and the parts
	 * weighted by their amounts.
	 */
	static int strength(List<Part> parts, LegalCase legalCase, Map<String, Integer> scoreOf, Set<String> partOfSum) {
		if (parts.isEmpty()) {
			return scoreOf.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		}
		String whole = whole(legalCase, scoreOf, partOfSum);
		return Math.max((whole != null) ? scoreOf.get(whole) : 0, weighted(parts));
	}

	/**
	 * The id of the item that sets the fact's strength ({@code null} when no item is
	 * usable): without parts, the strongest; with them, the strongest item that is not a
	 * payment when it is at least as strong as the weighted parts, else the weakest
	 * part's strongest item (the first such part on a tie), which holds the fact down.
	 */
	static String decisive(List<Part> parts, LegalCase legalCase, Map<String, Integer> scoreOf, Set<String> partOfSum) {
		if (parts.isEmpty()) {
			return scoreOf.keySet().stream().max(Comparator.comparingInt(scoreOf::get)).orElse(null);
		}
		String whole = whole(legalCase, scoreOf, partOfSum);
		if (whole != null && scoreOf.get(whole) >= weighted(parts)) {
			return whole;
		}
		return parts.stream().min(Comparator.comparingInt(Part::strength)).orElseThrow().items().get(0);
	}

	/**
	 * The strongest usable item that is not a payment and is not found to show only part
	 * of the sum ({@code partOfSum}: a bill recording another amount at one payment's
	 * minute proves the amounts it records, not the sum claimed; review round 54,
	 * syn-61283-00001), or {@code null}.
	 */
	private static String whole(LegalCase legalCase, Map<String, Integer> scoreOf, Set<String> partOfSum) {
		return legalCase.items()
			.stream()
			.filter(i -> scoreOf.containsKey(i.id()) && !i.moneyItem() && !partOfSum.contains(i.id()))
			.map(EvidenceItem::id)
			.max(Comparator.comparingInt(scoreOf::get))
			.orElse(null);
	}

	/** A payment with its amount: a part of the sum. */
	private static boolean payment(EvidenceItem item) {
		return item.moneyItem() && item.payment().amount() != null;
	}

	/** The parts' strengths weighted by their amounts, rounded half up. */
	private static int weighted(List<Part> parts) {
		BigDecimal total = parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.signum() == 0) {
			return parts.stream().mapToInt(Part::strength).min().orElse(0);
		}
		BigDecimal sum = parts.stream()
			.map(p -> p.amount().multiply(BigDecimal.valueOf(p.strength())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(total, 0, RoundingMode.HALF_UP).intValue();
	}

	/**
	 * One payment and the usable items showing it.
	 *
	 * @param amount the amount in yuan, as the first item showing it gives it
	 * @param time when it was paid, or {@code null}
	 * @param items the ids of the items, strongest first
	 * @param strength the strongest item's score
	 */
	record Part(BigDecimal amount, LocalDateTime time, List<String> items, int strength) {

	}

	/**
	 * What tells one payment from another: the amount (200000 and 200000.00 alike) and
	 * the time, or, when the item gives no time, the amount and the note.
	 */
	private record Payment(BigDecimal amount, LocalDateTime time, String note) {

		static Payment of(PaymentDetails details) {
			BigDecimal amount = details.amount().stripTrailingZeros();
			return (details.time() != null) ? new Payment(amount, details.time(), null)
					: new Payment(amount, null, details.note());
		}

	}

}
