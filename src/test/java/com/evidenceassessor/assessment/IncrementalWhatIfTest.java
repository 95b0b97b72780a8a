package com.evidenceassessor.assessment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.rules.Question;
import com.evidenceassessor.rules.Remedy;
import com.evidenceassessor.rules.RuleSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long-lived session gives exactly what a fresh session gives: for every example
 * case, every remedy in rules/remedies.yaml that is possible for an item (not only those
 * its findings name), every answer to every question, and the combinations the opinion
 * builds, are assessed in one {@link SessionWhatIfs} — in sequence, so each starts from
 * the state the last one left — and compared with {@link FreshWhatIfs}: the same
 * findings, the same scores. And the whole opinion is the same either way.
 */
class IncrementalWhatIfTest {

	@TestFactory
	Stream<DynamicTest> everyWhatIfAgreesWithAFreshSession() {
		return ExampleCases.folders()
			.stream()
			.map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
					() -> agreesOnEveryChange(ExampleCases.read(folder))));
	}

	@TestFactory
	Stream<DynamicTest> theOpinionIsTheSameWithFreshSessions() {
		Assessor assessor = Assessor.of(ExampleCases.rules());
		return ExampleCases.folders()
			.stream()
			.map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
				CaseFile caseFile = ExampleCases.read(folder);
				assertThat(assessor.assess(caseFile, Assessor.Options.FULL))
					.isEqualTo(assessor.assess(caseFile, Assessor.Options.FULL.fresh()));
			}));
	}

	@TestFactory
	Stream<DynamicTest> theFastPatchGivesTheItemTheCaseFileGives() {
		RuleSet rules = ExampleCases.rules();
		return ExampleCases.folders()
			.stream()
			.map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
				for (EvidenceItem item : ExampleCases.read(folder).legalCase().items()) {
					for (ItemPatch patch : changes(rules, item, ExampleCases.read(folder))) {
						assertThat(RecordPatcher.apply(item, List.of(patch))).as(patch.toString())
							.isEqualTo(ItemPatch.applyToItem(item, List.of(patch)));
					}
				}
			}));
	}

	@Test
	void aChangeThatChangesNothingCostsNoRun() {
		CaseFile caseFile = ExampleCases.read(Path.of("cases/voice-only-loan-acknowledgement"));
		try (SessionWhatIfs whatIfs = SessionWhatIfs.open(ExampleCases.rules(), caseFile.legalCase(), List.of())) {
			Evaluation same = whatIfs.evaluate(ItemPatch.set("E1", "custody.originalDeviceKept", true));
			assertThat(same).isSameAs(whatIfs.base());
			ItemPatch change = ItemPatch.set("E1", "dispute.authenticityDisputed", true);
			Evaluation first = whatIfs.evaluate(change);
			assertThat(whatIfs.evaluate(change)).isSameAs(first);
			assertThat(whatIfs.runs()).isEqualTo(1);
		}
	}

	private static void agreesOnEveryChange(CaseFile caseFile) {
		RuleSet rules = ExampleCases.rules();
		List<List<ItemPatch>> changes = new ArrayList<>();
		List<ItemPatch> everything = new ArrayList<>();
		for (EvidenceItem item : caseFile.legalCase().items()) {
			List<ItemPatch> own = changes(rules, item, caseFile);
			own.forEach(patch -> changes.add(List.of(patch)));
			if (own.size() > 1) {
				changes.add(own.subList(0, 2));
				changes.add(own.subList(own.size() - 2, own.size()));
			}
			everything.addAll(own.subList(0, Math.min(3, own.size())));
		}
		changes.add(everything);
		changes.add(List.of());
		try (SessionWhatIfs session = SessionWhatIfs.open(rules, caseFile.legalCase(), caseFile.derivedFacts());
				FreshWhatIfs fresh = new FreshWhatIfs(rules, caseFile.legalCase(), caseFile.derivedFacts())) {
			sameEvaluation(session.base(), fresh.base(), "base");
			for (List<ItemPatch> change : changes) {
				sameEvaluation(session.evaluate(change), fresh.evaluate(change), change.toString());
			}
			sameEvaluation(session.evaluate(List.of()), fresh.base(), "back to the case file");
		}
	}

	/** Every possible remedy and every answer to every question, for one item. */
	private static List<ItemPatch> changes(RuleSet rules, EvidenceItem item, CaseFile caseFile) {
		List<ItemPatch> patches = new ArrayList<>();
		for (Map.Entry<String, Remedy> entry : rules.remedies().entrySet()) {
			Remedy remedy = entry.getValue();
			if (RemedyPlanner.possible(remedy, caseFile.legalCase(), item)) {
				patches.add(new ItemPatch(item.id(), remedy.set(), remedy.append()));
			}
		}
		for (Question question : rules.questions()) {
			patches.add(ItemPatch.set(item.id(), question.field(), question.best()));
			patches.add(ItemPatch.set(item.id(), question.field(), question.worst()));
		}
		return patches;
	}

	private static void sameEvaluation(Evaluation incremental, Evaluation fresh, String what) {
		assertThat(incremental.findings()).as("findings for %s", what).isEqualTo(fresh.findings());
		assertThat(incremental.legalCase()).as("case for %s", what).isEqualTo(fresh.legalCase());
		for (String id : fresh.scores().keySet()) {
			ItemScore a = incremental.scores().get(id);
			ItemScore b = fresh.scores().get(id);
			assertThat(a).as("score of %s for %s", id, what).isEqualTo(b);
		}
	}

}
