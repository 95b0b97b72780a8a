package com.evidenceassessor.reliability;

import java.nio.file.Path;
import java.util.List;

import com.evidenceassessor.rules.RuleFilesAccess;
import com.evidenceassessor.rules.RuleProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forbidden calls are found in code, located by line, and never in comments, strings or
 * the project's own rules.
 */
class ForbiddenCallsTest {

	@Test
	void eachForbiddenCallIsNamedWithItsLine() {
		String text = HostileRules.rule("exits", "$i : EvidenceItem()", """
				System.exit(0);
					java.nio.file.Files.delete(java.nio.file.Path.of("x"));
					new java.net.Socket("example.org", 80);
					Class.forName("x").getDeclaredMethod("y").setAccessible(true);
					new Thread(() -> {}).start();
					Runtime.getRuntime().exec("rm");
					while (true) { }""");
		List<RuleProblem> problems = ForbiddenCalls.check("hostile/exits.drl", text);
		assertThat(problems).extracting(RuleProblem::toString)
			.anySatisfy((p) -> assertThat(p).startsWith("hostile/exits.drl:16: ").contains("System.exit"))
			.anySatisfy(
					(p) -> assertThat(p).startsWith("hostile/exits.drl:17: ").contains("file-system access (Files)"))
			.anySatisfy((p) -> assertThat(p).startsWith("hostile/exits.drl:18: ").contains("network access (Socket)"))
			.anySatisfy((p) -> assertThat(p).startsWith("hostile/exits.drl:19: ").contains("reflection (forName)"))
			.anySatisfy((p) -> assertThat(p).startsWith("hostile/exits.drl:20: ").contains("starting threads (Thread)"))
			.anySatisfy((p) -> assertThat(p).startsWith("hostile/exits.drl:21: ").contains("processes (Runtime)"))
			.anySatisfy((p) -> assertThat(p).startsWith("hostile/exits.drl:22: ").contains("a loop in a consequence"));
	}

	@Test
	void commentsAndStringsAreNotCode() {
		String text = HostileRules.rule("quiet", "$i : EvidenceItem( title == \"System.exit(0) File\" )",
				"// Runtime.getRuntime()\n\t/* new Socket() */ findings.add(kcontext, $i);");
		assertThat(ForbiddenCalls.check("quiet.drl", text)).isEmpty();
	}

	@Test
	void deepNestingIsLocated() {
		String when = "$i : EvidenceItem( " + "(".repeat(500) + "true" + ")".repeat(500) + " )";
		List<RuleProblem> problems = ForbiddenCalls.check("deep.drl", HostileRules.rule("deep", when, ""));
		assertThat(problems).singleElement()
			.satisfies((p) -> assertThat(p.toString()).startsWith("deep.drl:14: ").contains("nested more than 64"));
	}

	@Test
	void theProjectRulesPass() {
		Path rules = Path.of("rules");
		assertThat(ForbiddenCalls.check(rules, RuleFilesAccess.drl(rules))).isEmpty();
	}

}
