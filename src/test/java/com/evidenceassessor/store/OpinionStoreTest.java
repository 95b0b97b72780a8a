package com.evidenceassessor.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.support.Json;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpinionStoreTest {

	private static RuleSet rules;

	private static CaseFile caseFile;

	private OpinionStore store;

	@BeforeAll
	static void assessTheExampleCase() {
		rules = RuleSetLoader.load(Path.of("rules"));
		caseFile = CaseFileReader.read(Path.of("cases/voice-only-loan-acknowledgement"));
	}

	@BeforeEach
	void emptyStore(@TempDir Path dir) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(com.evidenceassessor.store.StoreDatabase.h2Url(dir));
		dataSource.setUser("sa");
		this.store = new StoreBeans().opinionStore(dataSource);
	}

	@Test
	void savingTheSameAssessmentTwiceStoresItOnce() {
		StoredOpinion opinion = stored(AssessmentMode.FULL, Instant.parse("2026-01-02T03:04:05Z"));
		assertThat(this.store.save(opinion)).isTrue();
		assertThat(this.store.save(stored(AssessmentMode.FULL, Instant.parse("2026-02-02T03:04:05Z")))).isFalse();
		assertThat(this.store.history(opinion.caseId())).singleElement()
			.satisfies(o -> assertThat(o.assessedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z")));
		assertThat(this.store.save(stored(AssessmentMode.SCORES_ONLY, Instant.now()))).isTrue();
		assertThat(this.store.history(opinion.caseId())).hasSize(2);
	}

	@Test
	void threadsSavingTheSameOpinionAtOnceStoreItOnce() throws Exception {
		StoredOpinion opinion = stored(AssessmentMode.FULL, Instant.now());
		ExecutorService threads = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		try {
			java.util.List<Future<Boolean>> saves = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				saves.add(threads.submit(() -> {
					start.await();
					return this.store.save(opinion);
				}));
			}
			start.countDown();
			int stored = 0;
			for (Future<Boolean> save : saves) {
				stored += save.get() ? 1 : 0;
			}
			assertThat(stored).isEqualTo(1);
			assertThat(this.store.count()).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aStoredOpinionIsReproducedFromItsStoredInput() {
		StoredOpinion opinion = stored(AssessmentMode.FULL, Instant.now());
		this.store.save(opinion);
		StoredOpinion found = this.store.find(opinion.opinionId()).orElseThrow();
		Reproduction.Result result = Reproduction.reproduce(found, Assessor.of(rules));
		assertThat(result.matches()).isTrue();
		assertThat(result.differences()).isEmpty();
		assertThat(StoredInput.read(found.inputJson(), "test").inputHash()).isEqualTo(caseFile.inputHash());
	}

	@Test
	void aChangedStoredOpinionIsReportedWithWhereItDiffers() {
		StoredOpinion opinion = stored(AssessmentMode.SCORES_ONLY, Instant.now());
		String tampered = opinion.opinionJson().replaceFirst("\"score\" : (\\d+)", "\"score\" : 101");
		StoredOpinion changed = new StoredOpinion(opinion.opinionId(), opinion.caseId(), opinion.inputHash(),
				opinion.ruleSetHash(), opinion.mode(), opinion.programVersion(), opinion.assessedAt(), opinion.title(),
				opinion.lawDate(), opinion.score(), opinion.level(), opinion.itemCount(), opinion.source(),
				opinion.inputJson(), tampered);
		Reproduction.Result result = Reproduction.reproduce(changed, Assessor.of(rules));
		assertThat(result.matches()).isFalse();
		assertThat(result.differences()).singleElement().asString().startsWith(".items[0].score: 101 → ");
	}

	@Test
	void reproducingWithOtherRulesIsRefusedNamingBothRuleSets(@TempDir Path dir) throws Exception {
		StoredOpinion opinion = stored(AssessmentMode.SCORES_ONLY, Instant.now());
		Path otherRules = copyRules(dir.resolve("rules"));
		Files.writeString(otherRules.resolve("parameters/points.yaml"), "\n# edited\n",
				java.nio.file.StandardOpenOption.APPEND);
		RuleSet edited = RuleSetLoader.load(otherRules);
		assertThatThrownBy(() -> Reproduction.reproduce(opinion, Assessor.of(edited)))
			.isInstanceOf(RulesMismatchException.class)
			.hasMessageContaining(rules.hash())
			.hasMessageContaining(edited.hash());
	}

	private static StoredOpinion stored(AssessmentMode mode, Instant now) {
		Opinion opinion = Assessor.of(rules).assess(caseFile, mode.options());
		try {
			return StoredOpinion.of(caseFile, opinion, mode, Json.json().writeValueAsString(opinion), now);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path copyRules(Path target) throws java.io.IOException {
		Path source = Path.of("rules");
		try (var paths = Files.walk(source)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path copy = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(path, copy);
				}
			}
		}
		return target;
	}

}
