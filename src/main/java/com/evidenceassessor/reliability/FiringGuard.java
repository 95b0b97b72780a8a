package com.evidenceassessor.reliability;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Fires a session's rules within a bound on firings per run and a limit on the processor
 * time the rules take for the whole session: a watchdog halts the session when they have
 * used it up. Either way a runaway ends in a {@link RunawayRules} naming the rules that
 * fired most. One guard serves every run of a session (an assessment fires its session
 * once, and again for each what-if), so the watchdog is set once per assessment, not once
 * per run.
 * <p>
 * The limit counts the assessing thread's processor time, not the clock: on a machine
 * busy with other work (sixteen assessments started at once on two cores) a sound case
 * takes longer by the clock but no more processor time, and is not taken for a looping
 * rule. When the alarm rings, the watchdog reads what the thread has really used and, if
 * it is less than the limit, sets the alarm again for the rest. Where the platform cannot
 * measure a thread's processor time, or a run comes from another thread, the clock
 * counts.
 */
public final class FiringGuard implements AutoCloseable {

	/**
	 * The longest one assessment's rules may run, what-ifs included; sound rules take
	 * milliseconds for a case.
	 */
	public static final Duration TIME_LIMIT = Duration.ofSeconds(5);

	private static final int NAMED = 3;

	private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

	private final KieSession session;

	private final Duration timeLimit;

	private final Function<String, String> where;

	private final FiringCounter counter = new FiringCounter();

	private final AtomicBoolean halted = new AtomicBoolean();

	/** The thread the assessment runs on: the one that set the guard. */
	private final Thread owner = Thread.currentThread();

	/** Its processor time then, -1 where the platform cannot tell. */
	private final long ownerStart = ProcessorTime.of(this.owner);

	/**
	 * A run came from another thread: its time cannot be told apart, count by the clock.
	 */
	private volatile boolean foreign;

	private volatile ScheduledFuture<?> alarm;

	private volatile boolean closed;

	private FiringGuard(KieSession session, Duration timeLimit, Function<String, String> where) {
		this.session = session;
		this.timeLimit = timeLimit;
		this.where = where;
		session.addEventListener(this.counter);
		setAlarm(timeLimit.toNanos());
	}

	/**
	 * Rings after {@code nanos} by the clock: no thread can use more processor time than
	 * that in the meantime.
	 */
	private synchronized void setAlarm(long nanos) {
		if (!this.closed) {
			this.alarm = WATCHDOG.schedule(this::ring, nanos, TimeUnit.NANOSECONDS);
		}
	}

	private void ring() {
		long left = this.timeLimit.toNanos() - used();
		if (left > 0) {
			setAlarm(left);
			return;
		}
		this.halted.set(true);
		this.session.halt();
	}

	/**
	 * Processor time the assessment's thread has used since the guard was set (the rules'
	 * runs and the work between them, which sound rules keep to milliseconds).
	 */
	private long used() {
		long now = ProcessorTime.of(this.owner);
		if (this.foreign || this.ownerStart < 0 || now < 0) {
			return Long.MAX_VALUE;
		}
		return now - this.ownerStart;
	}

	/**
	 * Guards a session from now for {@code timeLimit}.
	 * @param where the file and line of a rule by its name, or {@code null}, for errors
	 */
	public static FiringGuard start(KieSession session, Duration timeLimit, Function<String, String> where) {
		return new FiringGuard(session, timeLimit, where);
	}

	/**
	 * Fires the rules the filter lets through, at most {@code maxFirings} times, within
	 * what is left of the session's time.
	 * @return how many times rules fired
	 * @throws RunawayRules when either limit is reached
	 */
	public int fire(AgendaFilter filter, int maxFirings) {
		if (this.halted.get()) {
			throw timeUp();
		}
		if (Thread.currentThread() != this.owner) {
			this.foreign = true;
		}
		int fired = this.session.fireAllRules(filter, maxFirings);
		if (this.halted.get()) {
			throw timeUp();
		}
		if (fired >= maxFirings) {
			throw new RunawayRules("the rules fired " + maxFirings + " times for one case and were stopped; "
					+ "a rule probably loops (its consequence re-triggers it). Fired most: "
					+ this.counter.mostFired(NAMED, this.where) + ". Run 'assessor rules test' to find it");
		}
		return fired;
	}

	/** Stops watching: the session is done with. */
	@Override
	public synchronized void close() {
		this.closed = true;
		this.alarm.cancel(false);
		this.session.removeEventListener(this.counter);
	}

	private RunawayRules timeUp() {
		return new RunawayRules("the rules ran for more than " + seconds(this.timeLimit)
				+ " of processor time for one case and were stopped; a rule probably loops. Fired most: "
				+ this.counter.mostFired(NAMED, this.where) + ". Run 'assessor rules test' on a copy to find it");
	}

	private static String seconds(Duration limit) {
		return (limit.toMillis() % 1000 == 0) ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
	}

	/**
	 * One daemon thread for every session's alarm; a cancelled alarm leaves its queue at
	 * once (a busy batch sets thousands a second).
	 */
	private static ScheduledThreadPoolExecutor watchdog() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (r) -> {
			Thread thread = new Thread(r, "rules-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

	/** The rules of one assessment ran away and were stopped. */
	public static class RunawayRules extends RuntimeException {

		public RunawayRules(String message) {
			super(message);
		}

	}

}
