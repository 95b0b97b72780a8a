package com.evidenceassessor.casefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.evidenceassessor.facts.LegalCase;

/**
 * A case file as read: where it came from, the case it describes, the facts derived from
 * the files in its folder (bill statements, evidence-file inspections), and a hash of it
 * all. Immutable; the hash is computed when first asked for (a case read for a batch is
 * extended with its derived facts before anyone needs it).
 */
public final class CaseFile {

	private final Path folder;

	private final String source;

	private final LegalCase legalCase;

	private final List<Object> derivedFacts;

	private volatile String inputHash;

	private CaseFile(Path folder, String source, LegalCase legalCase, List<Object> derivedFacts, String inputHash) {
		this.folder = folder;
		this.source = Objects.requireNonNull(source);
		this.legalCase = Objects.requireNonNull(legalCase);
		this.derivedFacts = (derivedFacts != null) ? List.copyOf(derivedFacts) : List.of();
		this.inputHash = inputHash;
	}

	/** A case file with no derived facts yet. */
	public static CaseFile of(Path folder, String source, LegalCase legalCase) {
		return new CaseFile(folder, source, legalCase, List.of(), null);
	}

	/** The same case file with these derived facts (the hash covers them). */
	public CaseFile withDerivedFacts(List<Object> facts) {
		return new CaseFile(this.folder, this.source, this.legalCase, facts, null);
	}

	/**
	 * The same case file with the case as the assessment reads it (its time limit moved
	 * off a rest day); the derived facts and the hash of the case file as written are
	 * kept.
	 */
	public CaseFile withLegalCase(LegalCase read) {
		return new CaseFile(this.folder, this.source, read, this.derivedFacts, inputHash());
	}

	/**
	 * The same case file, no longer tied to a folder (whose files may be gone), under
	 * another name; the derived facts and the hash are kept.
	 */
	public CaseFile detached(String newSource) {
		return new CaseFile(null, newSource, this.legalCase, this.derivedFacts, inputHash());
	}

	/**
	 * The case folder (evidence files and bills are resolved against it); {@code null}
	 * for a case that did not come from a folder (an API request without files).
	 */
	public Path folder() {
		return this.folder;
	}

	/** The name of the case file as the user gave it, for error messages. */
	public String source() {
		return this.source;
	}

	/** The case. */
	public LegalCase legalCase() {
		return this.legalCase;
	}

	/**
	 * Immutable facts read from the files in the case folder, inserted into the rule
	 * session beside the case; they carry no absolute paths, so the hash is the same on
	 * every machine.
	 */
	public List<Object> derivedFacts() {
		return this.derivedFacts;
	}

	/**
	 * SHA-256 of the case's canonical JSON form and its derived facts, so the same case
	 * gives the same hash whether written as YAML or JSON.
	 */
	public String inputHash() {
		String hash = this.inputHash;
		if (hash == null) {
			hash = CanonicalHash.of(hashed());
			this.inputHash = hash;
		}
		return hash;
	}

	/**
	 * What the input hash is taken over: the case, with its derived facts if it has any.
	 */
	Object hashed() {
		return this.derivedFacts.isEmpty() ? this.legalCase
				: Map.of("case", this.legalCase, "facts", this.derivedFacts);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CaseFile that && Objects.equals(this.folder, that.folder)
				&& this.source.equals(that.source) && this.legalCase.equals(that.legalCase)
				&& this.derivedFacts.equals(that.derivedFacts);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.folder, this.source, this.legalCase, this.derivedFacts);
	}

	@Override
	public String toString() {
		return "CaseFile[" + this.source + ", " + this.derivedFacts.size() + " derived facts]";
	}

}
