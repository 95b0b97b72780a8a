package com.evidenceassessor.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.rulebook.RulesFixture;
import com.evidenceassessor.rules.RuleService.Outcome;
import com.evidenceassessor.rules.RuleService.ReloadResult;
import com.evidenceassessor.ruletests.ScenarioVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules service puts an edit into service only when it compiles and its scenarios
 * pass; otherwise the old rules keep serving, and assessments running meanwhile never
 * fail.
 */
class RuleServiceTest {

	@TempDir
	Path rules;

	private RuleService service;

	@BeforeEach
	void start() {
		RulesFixture.create(this.rules);
		this.service = RuleService.start(this.rules, new ScenarioVerifier());
	}

	@AfterEach
	void stop() {
		this.service.close();
	}

	@Test
	void aSyntaxErrorIsRefusedWithFileAndLineWhileTheOldRulesServe() {
		String before = this.service.current().hash();
		RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "then\n\tfindings.add(kcontext, $i);\nend",
				"then\n\tfindings.add(kcontext, $i)\nen");
		ReloadResult result = this.service.reload();
		assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(result.problems()).isNotEmpty()
			.anySatisfy(p -> assertThat(p.toString()).matches("spc-evidence-2001/art9-notarised\\.drl:\\d+: .*"));
		assertThat(this.service.current().hash()).isEqualTo(before);
		assertThat(this.service.status().lastReload()).isEqualTo(result);
		assertThat(assess().stamp().ruleSetHash()).isEqualTo(before);
		assertThat(assess().items().get(0).reasons())
			.anySatisfy(r -> assertThat(r.ruleId()).endsWith("9-1-6.notarised"));
	}

	@Test
	void anEditThatFailsItsScenariosIsRefused() {
		RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "custody.notarized == true ||",
				"custody.notarized == false ||");
		ReloadResult result = this.service.reload();
		assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(result.problems()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo(RulesFixture.TESTS_FILE);
			assertThat(p.line()).isEqualTo(3);
			assertThat(p.message()).contains("In 2018 a notarised record is confirmed");
		});
		assertThat(this.service.current().hash()).isEqualTo(result.hashBefore());
	}

	@Test
	void aGoodEditSwapsAndNewAssessmentsUseIt() {
		String before = this.service.current().hash();
		RulesFixture.replace(this.rules, "parameters/scoring.yaml", "values: { 2013-01-01: 90 }",
				"values: { 2013-01-01: 95 }");
		ReloadResult result = this.service.reload();
		assertThat(result.outcome()).isEqualTo(Outcome.SWAPPED);
		assertThat(result.problems()).isEmpty();
		assertThat(result.hashAfter()).isNotEqualTo(before).isEqualTo(this.service.current().hash());
		assertThat(assess().stamp().ruleSetHash()).isEqualTo(result.hashAfter());
		assertThat(this.service.reload().outcome()).isEqualTo(Outcome.UNCHANGED);
	}

	@Test
	void listenersHearEveryReload() {
		List<ReloadResult> heard = new CopyOnWriteArrayList<>();
		this.service.addListener(heard::add);
		this.service.addListener(r -> {
			throw new IllegalStateException("a broken listener");
		});
		this.service.reload();
		assertThat(heard).hasSize(1);
	}

	@Test
	void anEditToTheFolderIsPickedUpByTheWatcher() throws InterruptedException {
		LinkedBlockingQueue<ReloadResult> results = new LinkedBlockingQueue<>();
		this.service.addListener(results::add);
		this.service.watch(Duration.ofMillis(200));
		assertThat(this.service.status().watching()).isTrue();
		RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "then\n\tfindings.add(kcontext, $i);\nend",
				"then\n\tfindings.add(kcontext, $i)\nen");
		ReloadResult refused = results.poll(60, TimeUnit.SECONDS);
		assertThat(refused).isNotNull();
		assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(refused.trigger()).startsWith("file change: ").contains("art9-notarised.drl");
		RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "then\n\tfindings.add(kcontext, $i)\nen",
				"then\n\tfindings.add(kcontext, $i);\nend");
		RulesFixture.replace(this.rules, "parameters/scoring.yaml", "values: { 2013-01-01: 90 }",
				"values: { 2013-01-01: 95 }");
		ReloadResult swapped = results.poll(60, TimeUnit.SECONDS);
		while (swapped != null && swapped.outcome() != Outcome.SWAPPED) {
			swapped = results.poll(60, TimeUnit.SECONDS);
		}
		assertThat(swapped).isNotNull();
		assertThat(this.service.current().hash()).isEqualTo(swapped.hashAfter());
	}

	@Test
	void assessmentsDuringReloadsNeverFail() throws InterruptedException {
		Assessor assessor = new Assessor(this.service);
		CaseFile caseFile = CaseFileReader.parse(RulesFixture.CASE.getBytes(StandardCharsets.UTF_8), "reload.yaml",
				false, null);
		Set<String> served = ConcurrentHashMap.newKeySet();
		served.add(this.service.current().hash());
		this.service.addListener(r -> served.add(r.hashAfter()));
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		Set<String> seen = ConcurrentHashMap.newKeySet();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger assessed = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(3);
		for (int t = 0; t < 3; t++) {
			Thread thread = new Thread(() -> {
				try {
					while (running.get()) {
						seen.add(assessor.assess(caseFile, Assessor.Options.SCORES_ONLY).stamp().ruleSetHash());
						assessed.incrementAndGet();
					}
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "findings.add(kcontext, $i);\nend",
					"findings.add(kcontext, $i)\nend");
			outcomes.add(this.service.reload().outcome());
			RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "findings.add(kcontext, $i)\nend",
					"findings.add(kcontext, $i);\nend");
			RulesFixture.replace(this.rules, "parameters/scoring.yaml", "values: { 2013-01-01: " + (90 + i) + " }",
					"values: { 2013-01-01: " + (91 + i) + " }");
			outcomes.add(this.service.reload().outcome());
		}
		running.set(false);
		assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
		assertThat(failures).isEmpty();
		assertThat(outcomes).containsExactly(Outcome.REFUSED, Outcome.SWAPPED, Outcome.REFUSED, Outcome.SWAPPED,
				Outcome.REFUSED, Outcome.SWAPPED);
		assertThat(assessed.get()).isPositive();
		assertThat(served).containsAll(seen);
	}

	@Test
	void rulesThatDoNotCompileCannotStartTheService() {
		RulesFixture.replace(this.rules, RulesFixture.RULE_FILE, "then\n\tfindings.add(kcontext, $i);\nend",
				"then\n\tfindings.add(kcontext, $i)\nen");
		assertThatThrownBy(() -> RuleService.start(this.rules, new ScenarioVerifier()))
			.isInstanceOf(RulesException.class)
			.hasMessageContaining("spc-evidence-2001/art9-notarised.drl:");
	}

	private Opinion assess() {
		return new Assessor(this.service).assess(
				CaseFileReader.parse(RulesFixture.CASE.getBytes(StandardCharsets.UTF_8), "reload.yaml", false, null),
				Assessor.Options.SCORES_ONLY);
	}

}
