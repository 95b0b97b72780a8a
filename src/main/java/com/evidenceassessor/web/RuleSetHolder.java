package com.evidenceassessor.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.evidenceassessor.rules.RuleProblem;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.rules.RulesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the rules in service. Compiles them when it is built, so the server is not ready
 * (its port not open) until the rules are; a server whose rules do not compile does not
 * start. A reload swaps the rules in one step only when the new ones compile: an
 * assessment takes the rules in service when it starts and keeps them to its end.
 */
public final class RuleSetHolder implements Supplier<RuleSet>, RuleReloader {

	private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);

	private final Path folder;

	private final Clock clock;

	private volatile InService inService;

	private volatile Reload lastReload;

	/**
	 * Compiles the rules under the folder.
	 * @throws RulesException listing every problem when they do not compile
	 */
	public RuleSetHolder(Path folder, Clock clock) {
		this.folder = folder;
		this.clock = clock;
		this.inService = new InService(RuleSetLoader.load(folder), clock.instant());
		log.info("rules in service: {} rules, hash {}", get().rules().size(), get().hash());
	}

	@Override
	public RuleSet get() {
		return this.inService.ruleSet();
	}

	@Override
	public synchronized Reload reload() {
		Instant at = this.clock.instant();
		try {
			RuleSet fresh = RuleSetLoader.load(this.folder);
			this.inService = new InService(fresh, at);
			this.lastReload = new Reload(at, true, fresh.hash(), fresh.rules().size(), List.of());
			log.info("rules reloaded: {} rules, hash {}", fresh.rules().size(), fresh.hash());
		}
		catch (RulesException ex) {
			this.lastReload = refused(at, ex.problems());
		}
		catch (RuntimeException ex) {
			this.lastReload = refused(at, List.of(new RuleProblem(this.folder.toString(), 0,
					"cannot read the rules: " + ex.getClass().getSimpleName() + ": " + ex.getMessage())));
		}
		return this.lastReload;
	}

	@Override
	public Status status() {
		InService current = this.inService;
		return new Status(this.folder, current.ruleSet().hash(), current.ruleSet().rules().size(), current.since(),
				this.lastReload);
	}

	private Reload refused(Instant at, List<RuleProblem> problems) {
		log.warn("rules reload refused, {} problem(s); the rules in service stay", problems.size());
		return new Reload(at, false, get().hash(), get().rules().size(), problems);
	}

	private record InService(RuleSet ruleSet, Instant since) {

	}

}
