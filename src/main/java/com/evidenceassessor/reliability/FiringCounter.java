package com.evidenceassessor.reliability;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts how often each rule fired in one session, to name a runaway rule. */
public final class FiringCounter extends DefaultAgendaEventListener {

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	@Override
	public void afterMatchFired(AfterMatchFiredEvent event) {
		this.counts.computeIfAbsent(event.getMatch().getRule().getName(), (name) -> new LongAdder()).increment();
	}

	/** How often a rule fired. */
	public long count(String rule) {
		LongAdder count = this.counts.get(rule);
		return (count != null) ? count.sum() : 0;
	}

	/**
	 * The rules that fired most, most first, as {@code "name" (n times)}, joined by "; ".
	 */
	public String mostFired(int limit) {
		return mostFired(limit, (name) -> null);
	}

	/**
	 * The same, each rule followed by where it is written when {@code where} knows it:
	 * {@code "name" (hostile/x.drl:7, n times)}.
	 */
	public String mostFired(int limit, java.util.function.Function<String, String> where) {
		List<Map.Entry<String, Long>> top = this.counts.entrySet()
			.stream()
			.map((e) -> Map.entry(e.getKey(), e.getValue().sum()))
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.toList();
		if (top.isEmpty()) {
			return "no rule had finished firing (a condition or a single consequence took the time)";
		}
		return top.stream()
			.map((e) -> "\"" + e.getKey() + "\" (" + located(where.apply(e.getKey())) + e.getValue() + " times)")
			.collect(Collectors.joining("; "));
	}

	private static String located(String where) {
		return (where != null) ? where + ", " : "";
	}

}
