package com.evidenceassessor.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.PaymentDetails;

/**
 * A sum of money paid in several payments — an element with {@code inParts} in
 * rules/chains.yaml, such as a loan delivered by two transfers — is proved only when each
 * payment is. The usable transfers and red packets offered for the fact, grouped by the
 * payment they show, are its parts; together they prove the fact as strongly as the
 * weakest of them, while an item that is not a payment (an IOU, a bill, a chat
 * acknowledging the whole sum) can still prove it alone.
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
		Map<Payment, List<ItemOpinion>> byPayment = new LinkedHashMap<>();
		Map<Payment, PaymentDetails> shown = new LinkedHashMap<>();
		for (EvidenceItem item : legalCase.items()) {
			ItemOpinion opinion = opinion(usable, item.id());
			if (opinion != null && item.moneyItem() && item.payment().amount() != null) {
				Payment payment = Payment.of(item.payment());
				byPayment.computeIfAbsent(payment, p -> new ArrayList<>()).add(opinion);
				shown.putIfAbsent(payment, item.payment());
			}
		}
		if (byPayment.size() < 2) {
			return List.of();
		}
		Comparator<ItemOpinion> strongestFirst = Comparator.comparingInt(ItemOpinion::score).reversed();
		return byPayment.entrySet()
			.stream()
			.map(e -> new Part(shown.get(e.getKey()).amount(), shown.get(e.getKey()).time(),
					e.getValue().stream().sorted(strongestFirst).toList()))
			.toList();
	}

	/**
	 * The item that sets a fact's strength ({@code null} when no item is usable): without
	 * parts, the strongest usable item; with them, the strongest usable item that is not
	 * a payment when it is at least as strong as the weakest part, else the weakest
	 * part's strongest item (the first such part on a tie).
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
		return (whole != null && whole.score() >= weakest.strength()) ? whole : weakest.best();
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
