package com.evidenceassessor.reliability;

/** Rule files a hurried or hostile edit produces, for the tests. */
final class HostileRules {

	static final String HEADER = """
			package rules.hostile;

			import com.evidenceassessor.facts.*;

			global com.evidenceassessor.assessment.FindingRecorder findings;

			""";

	private HostileRules() {
	}

	/** A rule with full metadata whose consequence is {@code then}. */
	static String rule(String name, String when, String then) {
		return HEADER + """
				rule "%s"
					@id("hostile/%s")
					@instrument("spc-evidence-2001") @article("第九条第二款")
					@dimension("authenticity") @effect("overturns")
					@reasonZh("测试。")
					@reasonEn("Test.")
				when
					%s
				then
					%s
				end
				""".formatted(name, name, when, then);
	}

	/** A rule that re-triggers itself for ever. */
	static String looping() {
		return rule("loops", "$i : EvidenceItem()", "update($i);");
	}

}
