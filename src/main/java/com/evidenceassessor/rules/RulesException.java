package com.evidenceassessor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules cannot be put into service; every problem found is listed, located. */
public class RulesException extends RuntimeException {

	private final List<RuleProblem> problems;

	public RulesException(List<RuleProblem> problems) {
		super(problems.size() + " problem(s) in the rules:\n"
				+ problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return this.problems;
	}

}
