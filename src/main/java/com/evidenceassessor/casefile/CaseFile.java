package com.evidenceassessor.casefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.facts.LegalCase;

/**
 * A case file as read: where it came from, the case it describes, the facts derived from
 * the files in its folder (bill statements, evidence-file inspections), and a hash of it
 * all.
 *
 * @param folder the case folder (evidence files and bills are resolved against it);
 * {@code null} for a case that did not come from a folder (an API request without files)
 * @param source the name of the case file as the user gave it, for error messages
 * @param legalCase the case
 * @param derivedFacts immutable facts read from the files in the case folder, inserted
 * into the rule session beside the case; they carry no absolute paths, so the hash is the
 * same on every machine
 * @param inputHash SHA-256 of the case's canonical JSON form and its derived facts, so
 * the same case gives the same hash whether written as YAML or JSON
 */
public record CaseFile(Path folder, String source, LegalCase legalCase, List<Object> derivedFacts, String inputHash) {

	public CaseFile {
		derivedFacts = (derivedFacts != null) ? List.copyOf(derivedFacts) : List.of();
	}

	/** A case file with no derived facts yet. */
	public static CaseFile of(Path folder, String source, LegalCase legalCase) {
		return new CaseFile(folder, source, legalCase, List.of(), hash(legalCase, List.of()));
	}

	/** The same case file with these derived facts (the hash covers them). */
	public CaseFile withDerivedFacts(List<Object> facts) {
		return new CaseFile(this.folder, this.source, this.legalCase, facts, hash(this.legalCase, facts));
	}

	private static String hash(LegalCase legalCase, List<Object> facts) {
		return facts.isEmpty() ? CanonicalHash.of(legalCase)
				: CanonicalHash.of(Map.of("case", legalCase, "facts", facts));
	}

}
