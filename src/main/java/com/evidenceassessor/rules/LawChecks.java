package com.evidenceassessor.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks {@code laws.yaml}: each law has its id, titles in both languages and its first
 * day, ends no earlier than it starts, is not also a rule instrument, and is named by no
 * title or short title another law or instrument uses (the opinion's head finds a law by
 * its names in the citations: a name two entries share would name either). What only a
 * rule instrument has (practice guidance, earlier citations, topics) is refused.
 */
final class LawChecks {

	private static final String FILE = RulesData.LAWS;

	private LawChecks() {
	}

	static void check(Map<String, Instrument> laws, Map<String, Instrument> instruments, List<RuleProblem> problems) {
		Map<String, String> names = new HashMap<>();
		instruments.values()
			.forEach(i -> Stream.of(i.title(), i.shortTitle()).forEach(name -> names.putIfAbsent(name, i.id())));
		laws.forEach((id, law) -> {
			String where = "law '" + id + "'";
			if (!id.equals(law.id())) {
				problems.add(problem(where + " has id '" + law.id() + "'; expected the same id"));
			}
			if (instruments.containsKey(id)) {
				problems.add(problem(where + " is also in instruments.yaml; expected a law no rule implements"));
			}
			if (blank(law.title()) || blank(law.shortTitle()) || blank(law.titleEn()) || law.inForce() == null) {
				problems.add(problem(where + " needs title, shortTitle, titleEn and inForce"));
				return;
			}
			if (law.until() != null && law.until().isBefore(law.inForce())) {
				problems.add(problem(
						where + " ends (" + law.until() + ") before it comes into force (" + law.inForce() + ")"));
			}
			if (law.practice() || !law.earlierCitations().isEmpty() || !law.topicsEn().isEmpty()) {
				problems.add(problem(where + " has practice, earlierCitations or topicsEn; expected them only on "
						+ "a rule instrument in instruments.yaml"));
			}
			for (String name : List.of(law.title(), law.shortTitle())) {
				String other = names.putIfAbsent(name, id);
				if (other != null && !other.equals(id)) {
					problems.add(problem(where + " is named '" + name + "', as '" + other
							+ "' is; expected names that tell the entries apart"));
				}
			}
		});
	}

	private static RuleProblem problem(String message) {
		return new RuleProblem(FILE, 0, message);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
