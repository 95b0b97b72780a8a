package com.evidenceassessor.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import com.evidenceassessor.rules.RuleService;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.ruletests.ScenarioVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's rules in service: the reloadable {@link RuleService}, with the rule
 * scenario tests as the check a new rule set must pass. Built (rules compiled and tested)
 * before the server opens its port, so a server whose rules do not compile or fail their
 * tests does not start. Edits to the rules folder and explicit reloads put new rules into
 * service only when they compile and pass every scenario; otherwise the rules in service
 * stay and the problems are kept for the rules page. An assessment takes the rules in
 * service when it starts and keeps them to its end.
 */
public final class RuleSetHolder implements Supplier<RuleSet>, RuleReloader, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);

	/** How long the folder must be quiet after an edit before the rules are reloaded. */
	private static final Duration QUIET = Duration.ofMillis(700);

	private final RuleService service;

	/**
	 * Compiles the rules under the folder and runs their scenario tests.
	 * @throws com.evidenceassessor.rules.RulesException listing every problem when they
	 * do not compile or fail their tests
	 */
	public RuleSetHolder(Path folder, Clock clock) {
		this.service = RuleService.start(folder, new ScenarioVerifier(), clock);
		this.service.addListener(result -> log.info("rules reload ({}): {}", result.trigger(), result.outcome()));
		log.info("rules in service: {} rules, hash {}", get().rules().size(), get().hash());
	}

	/**
	 * From now on, edits to the rules folder trigger a reload once the folder is quiet.
	 */
	public RuleSetHolder watchFolder() {
		this.service.watch(QUIET);
		return this;
	}

	@Override
	public RuleSet get() {
		return this.service.get();
	}

	@Override
	public Reload reload() {
		return toReload(this.service.reload());
	}

	@Override
	public Status status() {
		RuleService.Status status = this.service.status();
		Reload last = (status.lastReload() != null) ? toReload(status.lastReload()) : null;
		return new Status(status.folder(), status.hash(), status.rules(), status.inServiceSince(), last);
	}

	@Override
	public void close() {
		this.service.close();
	}

	private Reload toReload(RuleService.ReloadResult result) {
		boolean inService = result.outcome() != RuleService.Outcome.REFUSED;
		return new Reload(result.at(), inService, result.hashAfter(), get().rules().size(), result.problems());
	}

}
