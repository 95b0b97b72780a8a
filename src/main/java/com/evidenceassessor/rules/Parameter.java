package com.evidenceassessor.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A number the rules or the scoring use (a weight, a threshold, a time window), with its
 * unit, where it comes from, when it was last reviewed, and its values by the date they
 * apply from.
 *
 * @param description what it means
 * @param unit points, yuan, hours, count
 * @param source the provision or the reasoning behind the value
 * @param lastReviewed when a person last checked the value
 * @param values value by the date it applies from
 */
public record Parameter(String description, String unit, String source, LocalDate lastReviewed,
		Map<LocalDate, BigDecimal> values) {

	public Parameter {
		values = (values != null) ? new TreeMap<>(values) : new TreeMap<>();
	}

	/**
	 * The value in force on a date; before the first dated value, the first value
	 * applies.
	 */
	public BigDecimal valueOn(LocalDate date) {
		NavigableMap<LocalDate, BigDecimal> byDate = (NavigableMap<LocalDate, BigDecimal>) this.values;
		Map.Entry<LocalDate, BigDecimal> entry = byDate.floorEntry(date);
		return (entry != null) ? entry.getValue() : byDate.firstEntry().getValue();
	}

}
