package com.evidenceassessor.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * The generator's only source of chance: one per case, seeded from the run's seed and the
 * case's number, so case n is the same whether 10 or 10,000 cases are generated.
 */
final class Dice {

	private final Random random;

	Dice(long seed) {
		this.random = new Random(seed);
	}

	static Dice forCase(long seed, int number) {
		return new Dice(seed * 0x9E3779B97F4A7C15L + number * 0xBF58476D1CE4E5B9L);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** A number from {@code low} to {@code high}, both included. */
	int between(int low, int high) {
		return low + this.random.nextInt(high - low + 1);
	}

	@SafeVarargs
	final <T> T pick(T... choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	<T> T pick(List<T> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	/**
	 * {@code null} (the case file does not say) with probability {@code unknown}, else
	 * true with probability {@code yes}.
	 */
	Boolean maybe(double yes, double unknown) {
		if (chance(unknown)) {
			return null;
		}
		return chance(yes);
	}

	/** A value, or {@code null} with probability {@code unknown}. */
	<T> T orUnknown(T value, double unknown) {
		return chance(unknown) ? null : value;
	}

	LocalDate dateBetween(LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		return from.plusDays((long) (this.random.nextDouble() * (days + 1)));
	}

	/** A moment some days before {@code date}, at a plausible hour. */
	LocalDateTime daysBefore(LocalDate date, int minDays, int maxDays) {
		return date.minusDays(between(minDays, maxDays)).atTime(between(7, 23), between(0, 59), between(0, 59));
	}

	/** An amount in whole yuan between the bounds, rounded to a plausible step. */
	BigDecimal yuan(int low, int high, int step) {
		int value = between(low / step, high / step) * step;
		return BigDecimal.valueOf(Math.max(value, step));
	}

	String digits(int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append((char) ('0' + this.random.nextInt(10)));
		}
		return text.toString();
	}

	String letters(int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append((char) ('a' + this.random.nextInt(26)));
		}
		return text.toString();
	}

}
