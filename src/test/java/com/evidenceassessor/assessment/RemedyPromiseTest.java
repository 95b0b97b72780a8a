package com.evidenceassessor.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.PlanStep;
import com.evidenceassessor.assessment.Opinion.PlannedAction;
import com.evidenceassessor.assessment.Opinion.RemedyOption;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.cli.Main;
import com.evidenceassessor.rules.Remedy;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, "done when": for every example case, every action the plan promises gives
 * exactly the promised score when it is applied to the case FILE — the action's change
 * from rules/remedies.yaml written into the YAML, the file read back with the case-file
 * reader — and the case is assessed again. The same for each item's combined plan and for
 * the case plan (the items' plan actions the case needs: it reaches what all of them
 * reach together).
 */
class RemedyPromiseTest {

	@TempDir
	static Path temp;

	@TestFactory
	Stream<DynamicContainer> everyPromiseHoldsOnTheChangedCaseFile() {
		Assessor assessor = Assessor.of(ExampleCases.rules());
		return ExampleCases.folders().stream().map(folder -> promisesOf(assessor, folder));
	}

	/**
	 * The same on the planner's regression cases (src/test/resources/cases), each kept
	 * from a review that found a plan or an action wrong.
	 */
	@TestFactory
	Stream<DynamicContainer> everyPromiseHoldsOnThePlannersRegressionCases() throws IOException {
		List<Path> folders;
		try (Stream<Path> listed = Files.list(Path.of("src/test/resources/cases"))) {
			folders = listed.filter(Files::isDirectory).sorted().toList();
		}
		Assessor assessor = Assessor.of(ExampleCases.rules());
		return folders.stream().map(folder -> promisesOf(assessor, folder));
	}

	/**
	 * The same on generated cases of every cause and both evidence regimes, with evidence
	 * files and bills: promises no one wrote an example for.
	 */
	@TestFactory
	Stream<DynamicContainer> everyPromiseHoldsOnGeneratedCases() throws IOException {
		Path archive = Files.createTempDirectory(temp, "generated");
		assertThat(Main.run("generate", "--cases", "12", "--seed", "23", "--out", archive.toString())).isZero();
		List<Path> folders;
		try (Stream<Path> listed = Files.list(archive)) {
			folders = listed.filter(Files::isDirectory).sorted().toList();
		}
		Assessor assessor = Assessor.of(ExampleCases.rules());
		return folders.stream().map(folder -> promisesOf(assessor, folder));
	}

	private DynamicContainer promisesOf(Assessor assessor, Path folder) {
		Opinion opinion = assessor.assess(ExampleCases.read(folder));
		// Items read from the case's files (an unlisted bill becomes item B1, B2…) are
		// not in the case file, so there is no line of it to change: their promises
		// are checked where they come from, not here.
		java.util.Set<String> inFile = new java.util.HashSet<>();
		com.evidenceassessor.casefile.CaseFileReader.readWithoutDerivedFacts(folder)
			.legalCase()
			.items()
			.forEach(i -> inFile.add(i.id()));
		List<DynamicTest> tests = new ArrayList<>();
		for (ItemOpinion item : opinion.items()) {
			if (!inFile.contains(item.id())) {
				continue;
			}
			for (RemedyOption remedy : item.remedies()) {
				tests.add(DynamicTest.dynamicTest(item.id() + ": " + remedy.id() + " → " + remedy.scoreAfter(),
						() -> promiseHolds(assessor, folder, item, remedy)));
			}
			if (item.plan() != null) {
				tests.add(DynamicTest.dynamicTest(item.id() + ": combined plan → " + item.plan().scoreAfter(),
						() -> planHolds(assessor, folder, item.id(), item.plan(), List.of())));
			}
			Opinion.PlanWithout without = item.planWithout();
			if (without != null && without.plan() != null) {
				tests.add(DynamicTest.dynamicTest(
						item.id() + ": plan without " + without.premises() + " → " + without.plan().scoreAfter(),
						() -> planWithoutHolds(assessor, folder, item.id(), without)));
			}
			Opinion.PlanIfDeviceGone ifGone = item.planIfDeviceGone();
			if (ifGone != null) {
				tests.add(DynamicTest.dynamicTest(
						item.id() + ": phone gone " + ifGone.score() + ", plan → "
								+ ((ifGone.plan() != null) ? ifGone.plan().scoreAfter() : "none"),
						() -> planIfDeviceGoneHolds(assessor, folder, item.id(), ifGone)));
			}
		}
		boolean planInFile = opinion.summary().plan() != null
				&& opinion.summary().plan().actions().stream().allMatch(action -> inFile.containsAll(action.items()));
		if (planInFile) {
			tests.add(DynamicTest.dynamicTest("case plan → " + opinion.summary().plan().scoreAfter(),
					() -> casePlanHolds(assessor, folder, opinion, inFile)));
		}
		Opinion.CasePlanWithout caseWithout = opinion.summary().planWithout();
		if (caseWithout != null && caseWithout.plan() != null
				&& caseWithout.plan().actions().stream().allMatch(action -> inFile.containsAll(action.items()))) {
			tests.add(DynamicTest.dynamicTest(
					"case plan without " + caseWithout.premises() + " → " + caseWithout.plan().scoreAfter(),
					() -> casePlanWithoutHolds(assessor, folder, opinion, inFile)));
		}
		return DynamicContainer.dynamicContainer(folder.getFileName().toString(), tests);
	}

	private void promiseHolds(Assessor assessor, Path folder, ItemOpinion item, RemedyOption remedy) {
		Opinion after = assessAgain(assessor, folder, List.of(change(item.id(), remedy.id())));
		ItemOpinion changed = item(after, item.id());
		assertThat(changed.score()).as("score after %s", remedy.id()).isEqualTo(remedy.scoreAfter());
		assertThat(changed.level()).isEqualTo(remedy.levelAfter());
		assertThat(after.summary().score()).as("case score after %s", remedy.id()).isEqualTo(remedy.caseScoreAfter());
		assertThat(remedy.gain()).isEqualTo(remedy.scoreAfter() - item.score()).isNotNegative();
		if (remedy.gain() == 0) {
			assertThat(remedy.offeredBecause()).as("%s says why it is offered at +0", remedy.id()).isNotNull();
		}
		else if (remedy.offeredBecause() != null) {
			// an item whose claim is to be dropped is offered only what averts a
			// sanction,
			// whatever it adds to the score
			assertThat(remedy.offeredBecause()).as("%s, offered with a gain, says why", remedy.id())
				.isEqualTo(RemedyOption.AVERTS_SANCTION);
		}
		if (RemedyOption.AVERTS_SANCTION.equals(remedy.offeredBecause())) {
			// offered for what it answers, a warning of sanctions, which it then does
			assertThat(warnings(item)).as("%s raises no score: it answers a warning of sanctions", remedy.id())
				.isNotEmpty();
			assertThat(warnings(changed)).as("the warning answered by %s", remedy.id()).isEmpty();
		}
		if (RemedyOption.PROVES_FACT.equals(remedy.offeredBecause())) {
			assertThat(after.summary().score()).as("%s raises the case score", remedy.id())
				.isGreaterThan(assessAgain(assessor, folder, List.of()).summary().score());
		}
		if (RemedyOption.REQUIRED.equals(remedy.offeredBecause())) {
			Remedy data = assessor.ruleSet().remedies().get(remedy.id());
			com.evidenceassessor.facts.LegalCase legalCase = ExampleCases.read(folder).legalCase();
			assertThat(data.evenAtNoGain()
					|| ItemConditions.holds(data.evenAtNoGainWhen(), legalCase.item(item.id()), legalCase))
				.as("%s raises no score: it is to be done all the same", remedy.id())
				.isTrue();
		}
	}

	/**
	 * The item's warnings that filing it as it is risks a sanction for false evidence.
	 */
	private static List<String> warnings(ItemOpinion item) {
		return item.reasons()
			.stream()
			.map(Opinion.Reason::ruleId)
			.filter(id -> id.contains("/98-2.own-") || id.contains("/80-2.own-"))
			.toList();
	}

	/**
	 * Each step of {@code plan}, done with the earlier ones after {@code failed} (the
	 * premises the plan does without, answered "no"), reaches the score it promises.
	 */
	private void planHolds(Assessor assessor, Path folder, String itemId, Opinion.RemedyPlan plan,
			List<ItemPatch> failed) {
		List<ItemPatch> changes = new ArrayList<>(failed);
		for (PlanStep step : plan.steps()) {
			changes.add(change(itemId, step.id()));
			ItemOpinion changed = item(assessAgain(assessor, folder, changes), itemId);
			assertThat(changed.score()).as("score after the plan up to %s", step.id()).isEqualTo(step.scoreAfter());
			assertThat(changed.level()).isEqualTo(step.levelAfter());
		}
		assertThat(plan.scoreAfter()).isEqualTo(plan.steps().get(plan.steps().size() - 1).scoreAfter());
		assertThat(plan.steps()).hasSizeBetween(1, RemedyPlanner.PLAN_SIZE);
	}

	/**
	 * The plan without a premise takes none of its steps on it, and holds where the
	 * premise has failed.
	 */
	private void planWithoutHolds(Assessor assessor, Path folder, String itemId, Opinion.PlanWithout without) {
		assertThat(without.plan().steps())
			.allSatisfy(step -> assertThat(step.assumes()).doesNotContainAnyElementsOf(without.premises()));
		planHolds(assessor, folder, itemId, without.plan(), failed(itemId, without.premises()));
	}

	/**
	 * With the phone answered gone, the item scores what the opinion says, and the plan
	 * for then takes no step on the phone and holds step by step.
	 */
	private void planIfDeviceGoneHolds(Assessor assessor, Path folder, String itemId, Opinion.PlanIfDeviceGone ifGone) {
		List<ItemPatch> gone = List.of(ItemPatch.set(itemId, "custody.originalDeviceKept", false));
		ItemOpinion changed = item(assessAgain(assessor, folder, gone), itemId);
		assertThat(changed.score()).as("score with the phone gone").isEqualTo(ifGone.score());
		assertThat(changed.level()).isEqualTo(ifGone.level());
		if (ifGone.plan() != null) {
			assertThat(ifGone.plan().steps())
				.allSatisfy(step -> assertThat(step.assumes()).doesNotContain(DeviceGonePlan.DEVICE_KEPT));
			assertThat(ifGone.plan().gain()).isEqualTo(ifGone.plan().scoreAfter() - ifGone.score()).isPositive();
			planHolds(assessor, folder, itemId, ifGone.plan(), gone);
		}
	}

	private void casePlanWithoutHolds(Assessor assessor, Path folder, Opinion opinion, java.util.Set<String> inFile) {
		Opinion.CasePlanWithout without = opinion.summary().planWithout();
		List<ItemPatch> changes = new ArrayList<>();
		opinion.items()
			.stream()
			.filter(item -> item.planWithout() != null && inFile.contains(item.id()))
			.forEach(item -> changes.addAll(failed(item.id(), item.planWithout().premises())));
		for (PlannedAction action : without.plan().actions()) {
			assertThat(action.assumes()).as(action.id()).doesNotContainAnyElementsOf(without.premises());
			action.items().forEach(item -> changes.add(change(item, action.id())));
		}
		Opinion after = assessAgain(assessor, folder, changes);
		assertThat(after.summary().score()).isEqualTo(without.plan().scoreAfter());
		assertThat(after.summary().level()).isEqualTo(without.plan().levelAfter());
	}

	/**
	 * The premises answered "no" on the item, where the case file has a field for the
	 * answer: the client never paid the account; the post deleted. A search that finds
	 * nothing leaves the case file as it is (the binding stays unknown).
	 */
	private static List<ItemPatch> failed(String itemId, List<String> premises) {
		java.util.Map<String, Object> answers = new java.util.HashMap<>();
		if (premises.contains("paidThisAccount")) {
			answers.put("identity.clientPaidAccount", false);
		}
		if (premises.contains("postVisible")) {
			answers.put("custody.originalUnavailableReason", "deletedByUser");
		}
		return answers.isEmpty() ? List.of() : List.of(new ItemPatch(itemId, answers, java.util.Map.of()));
	}

	private void casePlanHolds(Assessor assessor, Path folder, Opinion opinion, java.util.Set<String> inFile) {
		List<ItemPatch> changes = new ArrayList<>();
		List<String> fromItemPlans = new ArrayList<>();
		for (ItemOpinion item : opinion.items()) {
			if (item.plan() != null) {
				for (PlanStep step : item.plan().steps()) {
					changes.add(change(item.id(), step.id()));
					fromItemPlans.add(item.id() + ":" + step.id());
				}
			}
		}
		List<String> planned = new ArrayList<>();
		for (PlannedAction action : opinion.summary().plan().actions()) {
			assertThat(action.items()).isNotEmpty();
			action.items().forEach(item -> planned.add(item + ":" + action.id()));
		}
		List<String> itemPlanActions = fromItemPlans.stream().map(p -> p.substring(p.indexOf(':') + 1)).toList();
		List<String> offered = opinion.items()
			.stream()
			.flatMap(item -> item.remedies().stream().map(r -> item.id() + ":" + r.id()))
			.toList();
		assertThat(planned)
			.as("the case plan takes its actions from the items' plans (for other items too), or an item's own "
					+ "cheaper action that takes the case as far, or files a record that proves a fact by itself "
					+ "(an official record, the opponent's own records, a third party's business record)")
			.allSatisfy(p -> assertThat(itemPlanActions.contains(p.substring(p.indexOf(':') + 1)) || offered.contains(p)
					|| filesARecordProvingAFact(p.substring(p.indexOf(':') + 1)))
				.as(p)
				.isTrue());
		List<ItemPatch> caseActions = new ArrayList<>();
		for (PlannedAction action : opinion.summary().plan().actions()) {
			action.items().forEach(item -> caseActions.add(change(item, action.id())));
		}
		Opinion after = assessAgain(assessor, folder, caseActions);
		assertThat(after.summary().score()).isEqualTo(opinion.summary().plan().scoreAfter());
		assertThat(after.summary().level()).isEqualTo(opinion.summary().plan().levelAfter());
		if (changes.stream().allMatch(change -> inFile.contains(change.itemId()))) {
			assertThat(assessAgain(assessor, folder, changes).summary().score())
				.as("the case plan reaches what every item's plan done together reaches")
				.isLessThanOrEqualTo(opinion.summary().plan().scoreAfter());
		}
	}

	/**
	 * The remedy adds outside evidence of a kind rules/chains.yaml names as a record that
	 * proves an element by itself: an official record, the opponent's own records or a
	 * third party's business record.
	 */
	private static boolean filesARecordProvingAFact(String remedyId) {
		Object added = ExampleCases.rules().remedies().get(remedyId).append().get("outsideEvidence");
		Object kind = (added instanceof java.util.Map<?, ?> evidence) ? evidence.get("kind") : null;
		return kind != null && ExampleCases.rules()
			.chains()
			.elements()
			.values()
			.stream()
			.anyMatch(e -> kind.equals(e.officialRecord()) || kind.equals(e.opponentsRecord())
					|| kind.equals(e.thirdPartyRecord()));
	}

	private static ItemPatch change(String itemId, String remedyId) {
		Remedy remedy = ExampleCases.rules().remedies().get(remedyId);
		return new ItemPatch(itemId, remedy.set(), remedy.append());
	}

	private static Opinion assessAgain(Assessor assessor, Path folder, List<ItemPatch> changes) {
		CaseFile changed = ExampleCases.changedFile(folder, changes, temp);
		return assessor.assess(changed, Assessor.Options.SCORES_ONLY);
	}

	private static ItemOpinion item(Opinion opinion, String id) {
		return opinion.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
	}

}
