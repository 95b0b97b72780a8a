package com.evidenceassessor.casefile;

/**
 * The opening most test cases share: an id, a cause of action, a law date, the client as
 * plaintiff and one defendant. A test writes only what its case adds (facts to prove,
 * items).
 */
public final class CaseYamlFixture {

	private CaseYamlFixture() {
	}

	/**
	 * A labour case's first lines: the client, an employee, against the employer, an
	 * organisation.
	 */
	public static String employer(String id, String lawDate) {
		return """
				id: %s
				causeOfAction: labour
				lawDate: "%s"
				parties:
				  - { id: plaintiff, role: plaintiff, client: true }
				  - { id: defendant, role: defendant, organisation: true }
				""".formatted(id, lawDate);
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
