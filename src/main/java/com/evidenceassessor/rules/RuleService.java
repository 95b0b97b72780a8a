package com.evidenceassessor.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rules in service in a long-running process (the web server, a batch run). It hands
 * out the rule set in service ({@link #current()}; an {@code Assessor} built on this
 * supplier takes it once per assessment, so an assessment finishes on the rules it
 * started with) and puts edited rules into service safely: {@link #reload()} compiles the
 * {@code rules/} folder in the background, runs the rule scenario tests on the result,
 * and swaps atomically only if both pass. Otherwise the old rules keep serving and the
 * problems, each with file and line, are kept for display ({@link #status()}). A reload
 * follows explicit requests and, once {@link #watch} is called, edits to the folder.
 */
public final class RuleService implements Supplier<RuleSet>, AutoCloseable {

	private final Path folder;

	private final Verifier verifier;

	private final Clock clock;

	private final AtomicReference<InService> inService = new AtomicReference<>();

	private final AtomicReference<ReloadResult> lastReload = new AtomicReference<>();

	private final List<Consumer<ReloadResult>> listeners = new CopyOnWriteArrayList<>();

	private final ExecutorService reloader = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "rules-reload");
		thread.setDaemon(true);
		return thread;
	});

	private volatile RuleWatcher watcher;

	private RuleService(Path folder, Verifier verifier, Clock clock) {
		this.folder = folder;
		this.verifier = verifier;
		this.clock = clock;
	}

	/**
	 * Compiles and verifies the rules under a folder and puts them into service.
	 * @param folder the {@code rules/} folder
	 * @param verifier the check a rule set must pass before it serves (the scenario
	 * tests)
	 * @return the service
	 * @throws RulesException listing every problem when the rules do not compile or fail
	 * the check
	 */
	public static RuleService start(Path folder, Verifier verifier) {
		return start(folder, verifier, Clock.systemUTC());
	}

	public static RuleService start(Path folder, Verifier verifier, Clock clock) {
		RuleService service = new RuleService(folder, verifier, clock);
		RuleSet first = RuleSetLoader.load(folder);
		List<RuleProblem> problems = verifier.verify(first);
		if (!problems.isEmpty()) {
			service.close();
			throw new RulesException(problems);
		}
		service.inService.set(new InService(first, clock.instant()));
		return service;
	}

	/** The rule set in service now. */
	public RuleSet current() {
		return this.inService.get().ruleSet();
	}

	@Override
	public RuleSet get() {
		return current();
	}

	/**
	 * Compiles, verifies and, if both pass, swaps in the rules as they are now on disk;
	 * waits for the outcome.
	 */
	public ReloadResult reload() {
		return reloadAsync("explicit request").join();
	}

	/**
	 * The same in the background: reloads run one at a time, in the order asked for.
	 * @param trigger what asked for it, for the record (e.g. "file change: x.drl")
	 * @return the outcome, once known
	 */
	public CompletableFuture<ReloadResult> reloadAsync(String trigger) {
		return CompletableFuture.supplyAsync(() -> attempt(trigger), this.reloader);
	}

	/** What is in service and how the last reload went. */
	public Status status() {
		InService now = this.inService.get();
		RuleWatcher active = this.watcher;
		return new Status(this.folder, now.ruleSet().hash(), now.since(), now.ruleSet().allRules().size(),
				this.lastReload.get(), active != null && active.running());
	}

	/**
	 * Calls the listener after every reload, whatever its outcome, on the reload thread.
	 */
	public void addListener(Consumer<ReloadResult> listener) {
		this.listeners.add(listener);
	}

	/**
	 * Reloads after edits to the folder: once no file has changed for {@code quiet}, so
	 * that an editor saving several files causes one reload.
	 */
	public synchronized void watch(Duration quiet) {
		if (this.watcher == null) {
			this.watcher = RuleWatcher.start(this.folder, quiet, trigger -> reloadAsync(trigger));
		}
	}

	@Override
	public synchronized void close() {
		if (this.watcher != null) {
			this.watcher.close();
			this.watcher = null;
		}
		this.reloader.shutdownNow();
	}

	private ReloadResult attempt(String trigger) {
		Instant start = this.clock.instant();
		long started = System.nanoTime();
		String before = current().hash();
		List<RuleProblem> problems = new ArrayList<>();
		RuleSet candidate = compile(problems);
		if (candidate != null) {
			problems.addAll(verify(candidate));
		}
		Outcome outcome;
		if (!problems.isEmpty()) {
			outcome = Outcome.REFUSED;
		}
		else if (candidate.hash().equals(before)) {
			outcome = Outcome.UNCHANGED;
		}
		else {
			this.inService.set(new InService(candidate, this.clock.instant()));
			outcome = Outcome.SWAPPED;
		}
		ReloadResult result = new ReloadResult(outcome, trigger, start, Duration.ofNanos(System.nanoTime() - started),
				before, current().hash(), List.copyOf(problems));
		this.lastReload.set(result);
		notifyListeners(result);
		return result;
	}

	private RuleSet compile(List<RuleProblem> problems) {
		try {
			return RuleSetLoader.load(this.folder);
		}
		catch (RulesException ex) {
			problems.addAll(ex.problems());
		}
		catch (RuntimeException ex) {
			problems.add(new RuleProblem(this.folder.toString(), 0, "cannot read the rules: " + ex.getMessage()));
		}
		return null;
	}

	private List<RuleProblem> verify(RuleSet candidate) {
		try {
			return this.verifier.verify(candidate);
		}
		catch (RuntimeException ex) {
			return List.of(new RuleProblem("tests", 0, "the rule tests could not run: " + ex.getMessage()));
		}
	}

	private void notifyListeners(ReloadResult result) {
		for (Consumer<ReloadResult> listener : this.listeners) {
			try {
				listener.accept(result);
			}
			catch (RuntimeException ex) {
				// A listener's failure must not stop the others or the service.
			}
		}
	}

	/** The check a rule set must pass before it serves: every problem it finds. */
	@FunctionalInterface
	public interface Verifier {

		List<RuleProblem> verify(RuleSet candidate);

	}

	/** How a reload ended. */
	public enum Outcome {

		/** The new rules compiled, passed their tests and are in service. */
		SWAPPED,
		/** The rules on disk are those in service. */
		UNCHANGED,
		/**
		 * The new rules did not compile or failed their tests; the old rules serve on.
		 */
		REFUSED

	}

	/**
	 * The outcome of one reload.
	 *
	 * @param outcome swapped, unchanged or refused
	 * @param trigger what asked for it
	 * @param at when it started
	 * @param took how long compiling and testing took
	 * @param hashBefore the hash of the rules in service before
	 * @param hashAfter the hash of the rules in service after
	 * @param problems why it was refused, each with file and line
	 */
	public record ReloadResult(Outcome outcome, String trigger, Instant at, Duration took, String hashBefore,
			String hashAfter, List<RuleProblem> problems) {

		public boolean swapped() {
			return this.outcome == Outcome.SWAPPED;
		}

	}

	/**
	 * What is in service, for display.
	 *
	 * @param folder the rules folder
	 * @param hash the hash of the rules in service
	 * @param inServiceSince when they went into service
	 * @param rules how many rules they hold
	 * @param lastReload the last reload, or {@code null} if none was tried
	 * @param watching whether edits to the folder trigger reloads
	 */
	public record Status(Path folder, String hash, Instant inServiceSince, int rules, ReloadResult lastReload,
			boolean watching) {

	}

	private record InService(RuleSet ruleSet, Instant since) {

	}

}
