package com.evidenceassessor.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.reliability.FiringGuard;
import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs the rules over one case: a fresh session on the shared rule base, the case, its
 * parties, facts to prove and items, and the parameters in force inserted, only the rules
 * in force on the case's law date allowed to fire, and a bound on firings and on time
 * ({@link FiringGuard#TIME_LIMIT}) so a looping rule cannot hang an assessment.
 */
final class RuleEngine {

	/**
	 * More firings than any sound rule set needs for one case; a loop hits it quickly.
	 */
	static final int MAX_FIRINGS = 20_000;

	private RuleEngine() {
	}

	static List<Finding> fire(RuleSet ruleSet, LegalCase legalCase, List<Object> derivedFacts) {
		LocalDate lawDate = legalCase.lawDate();
		KieSession session = ruleSet.kieBase().newKieSession();
		try {
			session.setGlobal("findings", new FindingRecorder(ruleSet, lawDate));
			session.insert(legalCase);
			legalCase.parties().forEach(session::insert);
			legalCase.factsToProve().forEach(session::insert);
			legalCase.items().forEach(session::insert);
			derivedFacts.forEach(session::insert);
			for (Map.Entry<String, ?> entry : ruleSet.parameters().entrySet()) {
				session.insert(new ParameterValue(entry.getKey(), ruleSet.parameter(entry.getKey(), lawDate)));
			}
			AgendaFilter inForce = match -> ruleSet.rule(match.getRule().getName()).appliesOn(lawDate);
			try {
				FiringGuard.fire(session, inForce, MAX_FIRINGS, FiringGuard.TIME_LIMIT, (name) -> where(ruleSet, name));
			}
			catch (FiringGuard.RunawayRules ex) {
				throw new RunawayRulesException(ex.getMessage());
			}
			return session.getObjects(o -> o instanceof Finding)
				.stream()
				.map(Finding.class::cast)
				.sorted(Comparator.comparing((Finding f) -> String.valueOf(f.itemId())).thenComparing(Finding::ruleId))
				.toList();
		}
		finally {
			session.dispose();
		}
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
