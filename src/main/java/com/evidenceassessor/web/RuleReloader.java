package com.evidenceassessor.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.evidenceassessor.rules.RuleProblem;

/**
 * What the server needs of the service that keeps the rules in service: reload them on
 * request and say what is in service. {@link RuleSetHolder} is the simple one; the
 * reloadable rules service of issue 5 (file watching, rule tests before the swap) can
 * take its place by implementing this and {@code Supplier<RuleSet>}.
 */
public interface RuleReloader {

	/**
	 * Compiles the rules again and puts them into service if they compile; otherwise
	 * keeps the rules in service and reports every problem.
	 */
	Reload reload();

	/** The rules in service and the last reload. */
	Status status();

	/**
	 * The outcome of a reload.
	 *
	 * @param at when it was attempted
	 * @param succeeded the new rules are in service
	 * @param hashInService the hash of the rules in service after it
	 * @param ruleCount how many rules are in service after it
	 * @param problems what stopped the new rules, each with file and line; empty when it
	 * succeeded
	 */
	record Reload(Instant at, boolean succeeded, String hashInService, int ruleCount, List<RuleProblem> problems) {

		public Reload {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * The rules in service.
	 *
	 * @param folder the rules folder
	 * @param hash the hash of the rules in service
	 * @param ruleCount how many rules
	 * @param inServiceSince when they were put into service
	 * @param lastReload the last reload attempted, or {@code null} if none yet
	 */
	record Status(Path folder, String hash, int ruleCount, Instant inServiceSince, Reload lastReload) {

	}

}
