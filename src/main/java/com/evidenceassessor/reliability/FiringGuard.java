package com.evidenceassessor.reliability;

import java.time.Duration;
import java.util.function.Function;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Fires a session's rules within a bound on firings and a time limit: a watchdog halts
 * the session when the time is up. Either way a runaway ends in a {@link RunawayRules}
 * naming the rules that fired most.
 */
public final class FiringGuard {

	/**
	 * The longest one assessment's rules may run; sound rules take milliseconds for a
	 * case.
	 */
	public static final Duration TIME_LIMIT = Duration.ofSeconds(5);

	private static final int NAMED = 3;

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "rules-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private FiringGuard() {
	}

	/**
	 * Fires the rules the filter lets through, at most {@code maxFirings} times and for
	 * at most {@code timeLimit}.
	 * @return how many times rules fired
	 * @throws RunawayRules when either limit is reached
	 */
	public static int fire(KieSession session, AgendaFilter filter, int maxFirings, Duration timeLimit) {
		return fire(session, filter, maxFirings, timeLimit, (name) -> null);
	}

	/**
	 * The same, naming where each rule named in an error is written.
	 * @param where the file and line of a rule by its name, or {@code null}
	 */
	public static int fire(KieSession session, AgendaFilter filter, int maxFirings, Duration timeLimit,
			Function<String, String> where) {
		FiringCounter counter = new FiringCounter();
		session.addEventListener(counter);
		AtomicBoolean halted = new AtomicBoolean();
		ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
			halted.set(true);
			session.halt();
		}, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
		int fired;
		try {
			fired = session.fireAllRules(filter, maxFirings);
		}
		finally {
			watchdog.cancel(false);
			session.removeEventListener(counter);
		}
		if (halted.get()) {
			throw new RunawayRules("the rules ran for more than " + seconds(timeLimit)
					+ " for one case and were stopped; a rule probably loops. Fired most: "
					+ counter.mostFired(NAMED, where) + ". Run 'assessor rules test' on a copy to find it");
		}
		if (fired >= maxFirings) {
			throw new RunawayRules("the rules fired " + maxFirings + " times for one case and were stopped; "
					+ "a rule probably loops (its consequence re-triggers it). Fired most: "
					+ counter.mostFired(NAMED, where) + ". Run 'assessor rules test' to find it");
		}
		return fired;
	}

	private static String seconds(Duration limit) {
		return (limit.toMillis() % 1000 == 0) ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
	}

	/** The rules of one assessment ran away and were stopped. */
	public static class RunawayRules extends RuntimeException {

		public RunawayRules(String message) {
			super(message);
		}

	}

}
