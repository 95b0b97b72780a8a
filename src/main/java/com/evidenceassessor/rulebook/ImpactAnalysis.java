package com.evidenceassessor.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rulebook.ImpactReport.AdviceChange;
import com.evidenceassessor.rulebook.ImpactReport.Change;
import com.evidenceassessor.rulebook.ImpactReport.Skipped;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.WireNames;

/**
 * {@code rules impact}: assesses every case under a folder with the baseline rules and
 * with the current rules through the one assessment entry point, and reports each item
 * and case whose level or score moved with the rules that account for the move. A case
 * file that cannot be read is skipped with its reason; the others go on.
 */
public final class ImpactAnalysis {

	private static final Set<String> CASE_FILES = Set.of("case.yaml", "case.yml", "case.json");

	private ImpactAnalysis() {
	}

	public static ImpactReport run(String baselineLabel, RuleSet baseline, RuleSet current, Path casesFolder) {
		return run(baselineLabel, baseline, current, casesFolder, false);
	}

	/**
	 * The same; with {@code advice}, each case is assessed with its remedies, plans and
	 * chain too (a few times slower), and the advice that reads otherwise is reported:
	 * what a change to remedies.yaml or chains.yaml does.
	 */
	public static ImpactReport run(String baselineLabel, RuleSet baseline, RuleSet current, Path casesFolder,
			boolean advice) {
		Assessor before = Assessor.of(baseline);
		Assessor after = Assessor.of(current);
		Assessor.Options options = advice ? new Assessor.Options(true, false) : Assessor.Options.SCORES_ONLY;
		List<Change> changes = new ArrayList<>();
		List<AdviceChange> advised = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		int cases = 0;
		int items = 0;
		for (Path file : caseFiles(casesFolder)) {
			CaseFile caseFile;
			try {
				caseFile = CaseFileReader.read(file);
			}
			catch (InputException ex) {
				skipped.add(new Skipped(file.toString(), ex.getMessage()));
				continue;
			}
			Opinion was = before.assess(caseFile, options);
			Opinion is = after.assess(caseFile, options);
			cases++;
			items += is.items().size();
			compare(file.toString(), was, is, changes);
			if (advice) {
				AdviceComparison.compare(file.toString(), was, is, advised);
			}
		}
		return new ImpactReport(baselineLabel, baseline.hash(), current.hash(), cases, items, List.copyOf(changes),
				List.copyOf(advised), List.copyOf(skipped));
	}

	/** Every case file under the folder (or the folder's own), sorted by path. */
	static List<Path> caseFiles(Path folder) {
		if (Files.isRegularFile(folder)) {
			return List.of(folder);
		}
		if (!Files.isDirectory(folder)) {
			throw new InputException(com.evidenceassessor.support.Location.file(folder.toString()),
					"no such folder; expected a folder of cases, each holding case.yaml or case.json");
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(p -> CASE_FILES.contains(p.getFileName().toString())).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void compare(String source, Opinion was, Opinion is, List<Change> changes) {
		Map<String, ItemOpinion> before = AdviceComparison.byKey(was.items(), ItemOpinion::id);
		for (ItemOpinion now : is.items()) {
			ItemOpinion then = before.get(now.id());
			if (then != null && (then.score() != now.score() || then.level() != now.level())) {
				changes.add(change(is.caseId(), source, now.id(), then.level(), now.level(), then.score(), now.score(),
						then.reasons(), now.reasons()));
			}
		}
		var a = was.summary();
		var b = is.summary();
		if (a.score() != b.score() || a.level() != b.level()) {
			changes.add(change(is.caseId(), source, null, a.level(), b.level(), a.score(), b.score(), allReasons(was),
					allReasons(is)));
		}
	}

	private static List<Reason> allReasons(Opinion opinion) {
		List<Reason> reasons = new ArrayList<>(opinion.summary().reasons());
		opinion.items().forEach(i -> reasons.addAll(i.reasons()));
		return reasons;
	}

	private static Change change(String caseId, String source, String itemId, Enum<?> levelBefore, Enum<?> levelAfter,
			int scoreBefore, int scoreAfter, List<Reason> then, List<Reason> now) {
		Map<String, Integer> before = points(then);
		Map<String, Integer> after = points(now);
		List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).sorted().toList();
		List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).sorted().toList();
		List<String> reweighed = after.keySet()
			.stream()
			.filter(id -> before.containsKey(id) && !before.get(id).equals(after.get(id)))
			.sorted()
			.map(id -> String.format("%s (%+d → %+d)", id, before.get(id), after.get(id)))
			.toList();
		return new Change(caseId, source, itemId, WireNames.of(levelBefore), WireNames.of(levelAfter), scoreBefore,
				scoreAfter, added, removed, reweighed);
	}

	/** Each rule's points (summed when it reached several findings). */
	private static Map<String, Integer> points(List<Reason> reasons) {
		Map<String, Integer> points = new LinkedHashMap<>();
		reasons.forEach(r -> points.merge(r.ruleId(), r.points(), Integer::sum));
		return points;
	}

}
