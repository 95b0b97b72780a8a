package com.evidenceassessor.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.PaymentDetails;

/**
 * A sum of money paid in several payments — an element with {@code inParts} in
 * rules/chains.yaml, such as a loan delivered by two transfers — is proved payment by
 * payment. The usable transfers and red packets offered for the fact, grouped by the
 * payment they show, are its parts; together they prove the fact as strongly as their
 * strengths weighted by the amounts (¥200,000 at 50 and ¥100,000 at 90: 63; a 520 red
 * packet at 45 beside a ¥188,000 transfer at 75 barely moves it), while an item that is
 * not a payment (an IOU, a bill, a chat acknowledging the whole sum) can still prove it
 * alone. The weakest payment is what holds the fact down.
 */
final class PaymentParts {

	private PaymentParts() {
	}

	/**
	 * The distinct payments among the usable items offered for a fact, in case-file
	 * order, when there are two or more; else none, and the fact is rated by its
	 * strongest item.
	 * @param usable the usable items offered for the fact, strongest first
	 */
	static List<Part> of(LegalCase legalCase, List<ItemOpinion> usable) {
		Map<Payment, List<EvidenceItem>> byPayment = byPayment(legalCase,
				id -> usable.stream().anyMatch(o -> o.id().equals(id)));
		if (byPayment.size() < 2) {
			return List.of();
		}
		Comparator<ItemOpinion> strongestFirst = Comparator.comparingInt(ItemOpinion::score).reversed();
		return byPayment.values()
			.stream()
			.map(items -> new Part(items.get(0).payment().amount(), items.get(0).payment().time(),
					items.stream().map(i -> opinion(usable, i.id())).sorted(strongestFirst).toList()))
			.toList();
	}

	/**
	 * The strength of a fact from its usable items' scores, by the same rule as
	 * {@link #strength(List, ItemOpinion)}: the strongest item, or with two or more
	 * payments the greater of the strongest item that is not a payment and the payments
	 * weighted by their amounts (each as strong as its strongest item). The case score
	 * rates facts by it.
	 * @param scoreOf the score of each usable item offered for the fact, by id
	 */
	static int strength(LegalCase legalCase, Map<String, Integer> scoreOf) {
		int strongest = scoreOf.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		Map<Payment, List<EvidenceItem>> byPayment = byPayment(legalCase, scoreOf::containsKey);
		if (byPayment.size() < 2) {
			return strongest;
		}
		int payments = weighted(byPayment.values().stream().map(items -> items.get(0).payment().amount()).toList(),
				byPayment.values()
					.stream()
					.map(items -> items.stream().mapToInt(i -> scoreOf.get(i.id())).max().orElse(0))
					.toList());
		int whole = legalCase.items()
			.stream()
			.filter(i -> scoreOf.containsKey(i.id()) && !i.moneyItem())
			.mapToInt(i -> scoreOf.get(i.id()))
			.max()
			.orElse(0);
		return Math.max(whole, payments);
	}

	/**
	 * The offered items that show a payment with its amount, grouped by the payment they
	 * show, in case-file order.
	 */
	private static Map<Payment, List<EvidenceItem>> byPayment(LegalCase legalCase, Predicate<String> offered) {
		Map<Payment, List<EvidenceItem>> byPayment = new LinkedHashMap<>();
		for (EvidenceItem item : legalCase.items()) {
			if (offered.test(item.id()) && item.moneyItem() && item.payment().amount() != null) {
				byPayment.computeIfAbsent(Payment.of(item.payment()), p -> new ArrayList<>()).add(item);
			}
		}
		return byPayment;
	}

	/**
	 * The item that sets a fact's strength ({@code null} when no item is usable): without
	 * parts, the strongest usable item; with them, the strongest usable item that is not
	 * a payment when it is at least as strong as the payments weighted by their amounts,
	 * else the weakest part's strongest item (the first such part on a tie), which holds
	 * the fact down.
	 * @param usable the usable items offered for the fact, strongest first
	 */
	static ItemOpinion decisive(List<Part> parts, List<ItemOpinion> usable, LegalCase legalCase) {
		if (parts.isEmpty()) {
			return usable.isEmpty() ? null : usable.get(0);
		}
		Part weakest = parts.stream().min(Comparator.comparingInt(Part::strength)).orElseThrow();
		ItemOpinion whole = usable.stream()
			.filter(o -> legalCase.items().stream().noneMatch(i -> i.id().equals(o.id()) && i.moneyItem()))
			.findFirst()
			.orElse(null);
		return (whole != null && whole.score() >= weighted(parts)) ? whole : weakest.best();
	}

	/**
	 * The fact's strength: its decisive item's score, or, when the payments decide, their
	 * strengths weighted by the amounts.
	 */
	static int strength(List<Part> parts, ItemOpinion decisive) {
		if (decisive == null) {
			return 0;
		}
		boolean byParts = parts.stream().anyMatch(p -> p.items().contains(decisive));
		return byParts ? weighted(parts) : decisive.score();
	}

	/** The parts' strengths weighted by their amounts, rounded half up. */
	static int weighted(List<Part> parts) {
		return weighted(parts.stream().map(Part::amount).toList(), parts.stream().map(Part::strength).toList());
	}

	private static int weighted(List<BigDecimal> amounts, List<Integer> strengths) {
		BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.signum() == 0) {
			return strengths.stream().mapToInt(Integer::intValue).min().orElse(0);
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < amounts.size(); i++) {
			sum = sum.add(amounts.get(i).multiply(BigDecimal.valueOf(strengths.get(i))));
		}
		return sum.divide(total, 0, RoundingMode.HALF_UP).intValue();
	}

	private static ItemOpinion opinion(List<ItemOpinion> usable, String id) {
		return usable.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
	}

	/**
	 * One payment and the usable items showing it.
	 *
	 * @param amount the amount in yuan, as the first item showing it gives it
	 * @param time when it was paid, or {@code null}
	 * @param items the items, strongest first
	 */
	record Part(BigDecimal amount, LocalDateTime time, List<ItemOpinion> items) {

		ItemOpinion best() {
			return this.items.get(0);
		}

		int strength() {
			return best().score();
		}

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
