package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.rules.Chains;
import com.evidenceassessor.rules.Chains.CauseChain;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import com.evidenceassessor.support.WireNames;

/**
 * A fact to prove names its element from the vocabulary of {@code rules/chains.yaml}, or
 * none: a word outside it would fill no link of the evidence chain, and the opinion would
 * report the link as unproved while the lawyer has offered evidence for it.
 */
final class FactElements {

	private FactElements() {
	}

	/**
	 * @throws InputException located at the fact's {@code element}, naming the elements
	 * the case's cause of action needs first
	 */
	static void check(CaseFile caseFile, Chains chains) {
		if (chains.elements().isEmpty()) {
			return;
		}
		LegalCase legalCase = caseFile.legalCase();
		List<FactToProve> facts = legalCase.factsToProve();
		for (int i = 0; i < facts.size(); i++) {
			String element = facts.get(i).element();
			if (element != null && chains.label(element) == null) {
				throw new InputException(Location.file(caseFile.source()).withField("factsToProve[" + i + "].element"),
						"found '" + element + "'; expected an element of rules/chains.yaml — "
								+ choices(chains, chains.forCause(legalCase.causeOfAction()), legalCase)
								+ " — or no element for a fact outside the evidence chain");
			}
		}
	}

	private static String choices(Chains chains, CauseChain cause, LegalCase legalCase) {
		Set<String> forCause = new LinkedHashSet<>();
		if (cause != null) {
			cause.requirements().forEach(r -> forCause.addAll(r.elements()));
		}
		List<String> others = new ArrayList<>(chains.elements().keySet());
		others.removeAll(forCause);
		if (forCause.isEmpty()) {
			return String.join(", ", others);
		}
		return "for a " + WireNames.of(legalCase.causeOfAction()) + " case: " + String.join(", ", forCause)
				+ (others.isEmpty() ? "" : "; others: " + String.join(", ", others));
	}

}
