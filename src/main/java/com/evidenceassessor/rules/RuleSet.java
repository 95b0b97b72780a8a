package com.evidenceassessor.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

/**
 * The rules in service: the compiled rule base and everything read beside it. Immutable
 * and safe to share between threads; each assessment opens its own session on it.
 *
 * @param folder the {@code rules/} folder it was compiled from
 * @param kieBase the compiled rules
 * @param rules each rule's metadata, by rule name
 * @param instruments the instruments, by id
 * @param laws the laws the reasons and chains cite that are not rule instruments, by id
 * ({@code laws.yaml}; empty when the folder has none)
 * @param parameters the parameters, by name
 * @param remedies the remedies, by id
 * @param questions the questions for unknown facts
 * @param hash SHA-256 over every file under {@code rules/} (path and content), so an
 * opinion names the exact rules it was made with
 * @param chains what each cause of action needs proved ({@code chains.yaml}; empty when
 * the folder has none)
 * @param afterExpiry what follows once the time limit for evidence has passed
 * ({@code deadlines.yaml}, {@value Deadline#AFTER_EXPIRY}); {@code null} for none
 * @param madeAfterLimit what an action needs instead of a time limit for a record made
 * after the time limit for evidence ended ({@code deadlines.yaml},
 * {@value Deadline#MADE_AFTER_LIMIT}); {@code null} for none
 * @param restDays the rest days on which no time limit ends ({@code rest-days.yaml};
 * {@link RestDays#NONE} when the folder has none)
 * @param citedTitles the names of the instruments and laws, to tell which an opinion's
 * citations name; built once from them when {@code null}
 */
public record RuleSet(Path folder, KieBase kieBase, Map<String, RuleInfo> rules, Map<String, Instrument> instruments,
		Map<String, Instrument> laws, Map<String, Parameter> parameters, Map<String, Remedy> remedies,
		List<Question> questions, String hash, Chains chains, Deadline afterExpiry, Deadline madeAfterLimit,
		RestDays restDays, CitedTitles citedTitles) {

	public RuleSet {
		chains = (chains != null) ? chains : Chains.NONE;
		restDays = (restDays != null) ? restDays : RestDays.NONE;
		laws = (laws != null) ? laws : Map.of();
		if (citedTitles == null) {
			List<Instrument> named = new ArrayList<>(instruments.values());
			named.addAll(laws.values());
			citedTitles = new CitedTitles(named);
		}
	}

	/** The rule set, its instruments' and laws' names read from them. */
	public RuleSet(Path folder, KieBase kieBase, Map<String, RuleInfo> rules, Map<String, Instrument> instruments,
			Map<String, Instrument> laws, Map<String, Parameter> parameters, Map<String, Remedy> remedies,
			List<Question> questions, String hash, Chains chains, Deadline afterExpiry, Deadline madeAfterLimit,
			RestDays restDays) {
		this(folder, kieBase, rules, instruments, laws, parameters, remedies, questions, hash, chains, afterExpiry,
				madeAfterLimit, restDays, null);
	}

	/**
	 * What an action on a record made after the time limit for evidence ended needs
	 * instead of that time limit, as the law on a date has it, or {@code null} when the
	 * rules say nothing of it.
	 */
	public Deadline madeAfterLimitOn(LocalDate lawDate) {
		return (this.madeAfterLimit != null) ? this.madeAfterLimit.on(lawDate) : null;
	}

	/**
	 * What follows once the time limit for evidence has passed, as the law on a date has
	 * it (late evidence), or {@code null} when the rules say nothing of it.
	 */
	public Deadline afterExpiryOn(LocalDate lawDate) {
		return (this.afterExpiry != null) ? this.afterExpiry.on(lawDate) : null;
	}

	/**
	 * A rule's metadata by its name; every rule in the base has metadata, the loader
	 * checks it.
	 */
	public RuleInfo rule(String name) {
		RuleInfo info = this.rules.get(name);
		if (info == null) {
			throw new IllegalStateException("no metadata for rule '" + name + "'");
		}
		return info;
	}

	public Collection<RuleInfo> allRules() {
		return this.rules.values();
	}

	/**
	 * A parameter's value on a date; the loader has checked that every name used exists.
	 */
	public BigDecimal parameter(String name, LocalDate date) {
		Parameter parameter = this.parameters.get(name);
		if (parameter == null) {
			throw new IllegalStateException("no parameter '" + name + "'");
		}
		return parameter.valueOn(date);
	}

	/** The instruments in force on a date: the regime a case is assessed under. */
	public List<Instrument> regimeOn(LocalDate date) {
		return this.instruments.values().stream().filter(i -> i.inForceOn(date)).toList();
	}

}
