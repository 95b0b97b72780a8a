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
 * The words a case file takes from {@code rules/chains.yaml}: a fact to prove names its
 * element from the vocabulary, or none, and the case names a claimant its cause knows, or
 * none. Another word would fill no link of the evidence chain (the opinion would report
 * the link as unproved while the lawyer has offered evidence for it), or pick no
 * claimant's requirements.
 */
final class ChainVocabulary {

	private ChainVocabulary() {
	}

	/**
	 * @throws InputException located at the case's {@code claimant} or at a fact's
	 * {@code element}, naming what is expected
	 */
	static void check(CaseFile caseFile, Chains chains) {
		if (chains.elements().isEmpty()) {
			return;
		}
		LegalCase legalCase = caseFile.legalCase();
		checkClaimant(caseFile, chains.forCause(legalCase.causeOfAction()));
		CauseChain cause = chains.forCase(legalCase);
		List<FactToProve> facts = legalCase.factsToProve();
		for (int i = 0; i < facts.size(); i++) {
			String element = facts.get(i).element();
			if (element != null && chains.element(element) == null) {
				throw new InputException(Location.file(caseFile.source()).withField("factsToProve[" + i + "].element"),
						"found '" + element + "'; expected an element of rules/chains.yaml — "
								+ choices(chains, cause, legalCase)
								+ " — or no element for a fact outside the evidence chain");
			}
		}
	}

	private static void checkClaimant(CaseFile caseFile, CauseChain cause) {
		String claimant = caseFile.legalCase().claimant();
		if (claimant == null || (cause != null && cause.claimants().containsKey(claimant))) {
			return;
		}
		String expected = (cause == null || cause.claimants().isEmpty())
				? "no claimant: rules/chains.yaml names none for " + causeName(caseFile.legalCase())
				: "one of " + String.join(", ", cause.claimants().keySet()) + ", or none";
		throw new InputException(Location.file(caseFile.source()).withField("claimant"),
				"found '" + claimant + "'; expected " + expected);
	}

	private static String causeName(LegalCase legalCase) {
		return (legalCase.causeOfAction() != null) ? "a " + WireNames.of(legalCase.causeOfAction()) + " case"
				: "a case without a cause of action";
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
