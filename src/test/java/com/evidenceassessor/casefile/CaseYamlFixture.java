package com.evidenceassessor.casefile;

/**
 * The opening most test cases share: an id, a cause of action, a law date, the client as
 * plaintiff and one defendant. A test writes only what its case adds (facts to prove,
 * items).
 */
public final class CaseYamlFixture {

	private CaseYamlFixture() {
	}

	/** The case file's first lines, ending with its two parties. */
	public static String twoParties(String id, String cause, String lawDate) {
		return """
				id: %s
				causeOfAction: %s
				lawDate: "%s"
				parties:
				  - { id: plaintiff, role: plaintiff, client: true }
				  - { id: defendant, role: defendant }
				""".formatted(id, cause, lawDate);
	}

}
