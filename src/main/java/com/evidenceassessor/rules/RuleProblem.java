package com.evidenceassessor.rules;

/**
 * Something wrong with the rules: a DRL that does not compile, a rule without a citation,
 * a parameter without a source.
 *
 * @param file the file under {@code rules/}, relative to it
 * @param line the line, 0 when unknown
 * @param message what is wrong and what is expected
 */
public record RuleProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return this.file + ((this.line > 0) ? ":" + this.line : "") + ": " + this.message;
	}

}
