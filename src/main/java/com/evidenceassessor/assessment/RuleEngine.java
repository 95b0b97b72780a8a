package com.evidenceassessor.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.facts.AdmittedFact;
import com.evidenceassessor.facts.ClaimDay;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.reliability.FiringGuard;
import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs the rules over one case: a fresh session on the shared rule base, the case, its
 * parties, facts to prove and items, and the parameters in force inserted, only the rules
 * in force on the case's law date allowed to fire, and a bound on firings and on time
 * ({@link FiringGuard#TIME_LIMIT}) so a looping rule cannot hang an assessment.
 * {@link SessionWhatIfs} keeps such a session open to assess changed items in it.
 */
final class RuleEngine {

	/**
	 * More firings than any sound rule set needs for one case; a loop hits it quickly.
	 */
	static final int MAX_FIRINGS = 20_000;

	/** Findings in a stable order: by item, then by rule id. */
	static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> String.valueOf(f.itemId()))
		.thenComparing(Finding::ruleId);

	private RuleEngine() {
	}

	static Fired fire(RuleSet ruleSet, LegalCase legalCase, List<Object> derivedFacts) {
		KieSession session = open(ruleSet, legalCase, derivedFacts, null);
		try (FiringGuard guard = guard(session, ruleSet)) {
			run(guard, inForce(ruleSet, legalCase.lawDate()));
			return new Fired(findings(session), sources(session));
		}
		finally {
			session.dispose();
		}
	}

	/**
	 * A session holding the case and everything the rules read, not yet fired; the items'
	 * fact handles go into {@code itemHandles} when it is given.
	 */
	static KieSession open(RuleSet ruleSet, LegalCase legalCase, List<Object> derivedFacts,
			Map<String, FactHandle> itemHandles) {
		LocalDate lawDate = legalCase.lawDate();
		KieSession session = ruleSet.kieBase().newKieSession();
		session.setGlobal("findings", new FindingRecorder(ruleSet, lawDate));
		session.insert(legalCase);
		legalCase.parties().forEach(session::insert);
		legalCase.factsToProve().forEach(session::insert);
		legalCase.factsToProve()
			.stream()
			.filter(ruleSet.chains()::admissionBinds)
			.forEach(fact -> session.insert(new AdmittedFact(fact.id())));
		// no action or answer changes an item's time or what it is offered for: the day
		// stays
		// true for every what-if of the session
		session.insert(new ClaimDay(ruleSet.chains().claimDay(legalCase)));
		for (EvidenceItem item : legalCase.items()) {
			FactHandle handle = session.insert(item);
			if (itemHandles != null) {
				itemHandles.put(item.id(), handle);
			}
		}
		derivedFacts.forEach(session::insert);
		for (Map.Entry<String, ?> entry : ruleSet.parameters().entrySet()) {
			session.insert(new ParameterValue(entry.getKey(), ruleSet.parameter(entry.getKey(), lawDate)));
		}
		return session;
	}

	/**
	 * Only the rules in force on the law date may fire; {@code null} (no filter) when all
	 * of them are.
	 */
	static AgendaFilter inForce(RuleSet ruleSet, LocalDate lawDate) {
		if (ruleSet.allRules().stream().allMatch(rule -> rule.appliesOn(lawDate))) {
			return null;
		}
		return match -> ruleSet.rule(match.getRule().getName()).appliesOn(lawDate);
	}

	/**
	 * The guard for a session's runs: {@link FiringGuard#TIME_LIMIT} from now for all of
	 * them, {@link #MAX_FIRINGS} for each.
	 */
	static FiringGuard guard(KieSession session, RuleSet ruleSet) {
		return FiringGuard.start(session, FiringGuard.TIME_LIMIT, (name) -> where(ruleSet, name));
	}

	/**
	 * Fires until nothing is left to fire, or stops a runaway rule (too many firings, or
	 * too long) with an error naming the rules that fired most.
	 */
	static void run(FiringGuard guard, AgendaFilter inForce) {
		try {
			guard.fire(inForce, MAX_FIRINGS);
		}
		catch (FiringGuard.RunawayRules ex) {
			throw new RunawayRulesException(ex.getMessage());
		}
	}

	/**
	 * The files and bill rows the session's findings rest on so far; the session records
	 * no more after.
	 */
	static FindingSources sources(KieSession session) {
		return ((FindingRecorder) session.getGlobal("findings")).sources();
	}

	/**
	 * One run's findings and their sources.
	 *
	 * @param findings every finding, in {@link #ORDER}
	 * @param sources the files and bill rows they rest on
	 */
	record Fired(List<Finding> findings, FindingSources sources) {

	}

	/** Every finding in the session, in {@link #ORDER}. */
	static List<Finding> findings(KieSession session) {
		return session.getObjects(o -> o instanceof Finding).stream().map(Finding.class::cast).sorted(ORDER).toList();
	}

	private static String where(RuleSet ruleSet, String name) {
		try {
			RuleInfo rule = ruleSet.rule(name);
			return rule.file() + ":" + rule.line();
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

}
