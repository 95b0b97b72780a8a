package com.evidenceassessor.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.RunawayRulesException;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.rulebook.RulesFixture;
import com.evidenceassessor.rules.RuleService;
import com.evidenceassessor.rules.RuleService.Outcome;
import com.evidenceassessor.rules.RuleService.ReloadResult;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.rules.RulesException;
import com.evidenceassessor.ruletests.ScenarioVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A looping rule is stopped and named; a rule that exits or loops is refused by a reload
 * while the old rules keep serving.
 */
class RunawayRulesTest {

	@TempDir
	Path rules;

	@Test
	void aLoopingRuleHitsTheFireLimitAndIsNamed() {
		RulesFixture.create(this.rules);
		RulesFixture.write(this.rules, "hostile/loops.drl", HostileRules.looping());
		RuleSet loaded = RuleSetLoader.load(this.rules);
		Assessor assessor = new Assessor(() -> loaded);
		assertThatThrownBy(() -> assessor.assess(caseFile())).isInstanceOf(RunawayRulesException.class)
			.hasMessageContaining("fired 20000 times")
			.hasMessageContaining("\"loops\" (hostile/loops.drl:6, ");
	}

	@Test
	void aLoopingRuleIsStoppedByTheWatchdogAndNamed() {
		RulesFixture.create(this.rules);
		RulesFixture.write(this.rules, "hostile/loops.drl", HostileRules.looping());
		RuleSet ruleSet = RuleSetLoader.load(this.rules);
		KieSession session = ruleSet.kieBase().newKieSession();
		try (FiringGuard guard = FiringGuard.start(session, Duration.ofMillis(300), (name) -> null)) {
			session.setGlobal("findings", null);
			session.insert(caseFile().legalCase().items().get(0));
			assertThatThrownBy(() -> guard.fire((m) -> m.getRule().getName().equals("loops"), Integer.MAX_VALUE))
				.isInstanceOf(FiringGuard.RunawayRules.class)
				.hasMessageContaining("ran for more than 300 ms")
				.hasMessageContaining("\"loops\" (");
		}
		finally {
			session.dispose();
		}
	}

	@Test
	void timeTheAssessmentSpendsWaitingIsNotCountedAgainstTheRules() throws InterruptedException {
		RulesFixture.create(this.rules);
		RulesFixture.write(this.rules, "hostile/quiet.drl",
				HostileRules.rule("quiet", "$i : EvidenceItem()", "int nothing = 0;"));
		RuleSet ruleSet = RuleSetLoader.load(this.rules);
		KieSession session = ruleSet.kieBase().newKieSession();
		try (FiringGuard guard = FiringGuard.start(session, Duration.ofMillis(200), (name) -> null)) {
			session.setGlobal("findings", null);
			session.insert(caseFile().legalCase().items().get(0));
			// a machine busy with other work: the clock runs on, the processor time does
			// not
			Thread.sleep(600);
			assertThat(guard.fire((m) -> m.getRule().getName().equals("quiet"), 10_000)).isEqualTo(1);
		}
		finally {
			session.dispose();
		}
	}

	@Test
	void exitAndLoopingRulesAreRefusedByReloadWhileTheOldRulesServe() {
		RulesFixture.create(this.rules);
		try (RuleService service = RuleService.start(this.rules, new ScenarioVerifier())) {
			String before = service.current().hash();
			RulesFixture.write(this.rules, "hostile/exits.drl",
					HostileRules.rule("exits", "$i : EvidenceItem()", "System.exit(1);"));
			ReloadResult exits = service.reload();
			assertThat(exits.outcome()).isEqualTo(Outcome.REFUSED);
			assertThat(exits.problems()).extracting(Object::toString)
				.anySatisfy((p) -> assertThat(p).startsWith("hostile/exits.drl:16: ").contains("System.exit"));

			RulesFixture.write(this.rules, "hostile/exits.drl", HostileRules.looping());
			ReloadResult loops = service.reload();
			assertThat(loops.outcome()).isEqualTo(Outcome.REFUSED);
			assertThat(loops.problems()).extracting(Object::toString)
				.anySatisfy((p) -> assertThat(p).contains("\"loops\" ("));

			assertThat(service.current().hash()).isEqualTo(before);
			assertThat(new Assessor(service).assess(caseFile()).stamp().ruleSetHash()).isEqualTo(before);
		}
	}

	@Test
	void rulesCheckRefusesAForbiddenCall() {
		RulesFixture.create(this.rules);
		RulesFixture.write(this.rules, "hostile/reads.drl", HostileRules.rule("reads", "$i : EvidenceItem()",
				"java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));"));
		assertThatThrownBy(() -> RuleSetLoader.load(this.rules)).isInstanceOf(RulesException.class)
			.hasMessageContaining("hostile/reads.drl:16: forbidden in a rule: an import or name from java.nio");
	}

	private static CaseFile caseFile() {
		return CaseFileReader.parse(RulesFixture.CASE.getBytes(StandardCharsets.UTF_8), "case.yaml", false, null);
	}

}
