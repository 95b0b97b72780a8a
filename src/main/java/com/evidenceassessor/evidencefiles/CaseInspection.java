package com.evidenceassessor.evidencefiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import com.evidenceassessor.support.WireNames;

/**
 * {@code assessor inspect} on a case folder: every file the items list (with the hashes
 * the case file records), the files nobody lists, the cross-file checks, and for each
 * item the findings its files feed — the difference between assessing the case with and
 * without what the files show.
 */
final class CaseInspection {

	private final EvidenceFileSource source = new EvidenceFileSource();

	InspectionReport inspect(Path folder, String target, RuleSet rules, String rulesNote) {
		CaseFile caseFile = CaseFileReader.readWithoutDerivedFacts(folder);
		List<ItemFiles> inspected = this.source.inspect(caseFile);
		List<Object> facts = this.source.facts(caseFile, inspected);
		Map<String, EvidenceFileFacts> files = new LinkedHashMap<>();
		inspected.forEach((item) -> item.files().forEach((file) -> files.putIfAbsent(file.path(), file)));
		List<String> problems = new ArrayList<>();
		FolderFiles listing = unlisted(caseFile, files, problems);
		Map<String, List<ItemInspection.FedFinding>> fed = (rules != null) ? fed(rules, caseFile, facts) : Map.of();
		List<ItemInspection> items = new ArrayList<>();
		for (EvidenceItem item : caseFile.legalCase().items()) {
			items.add(new ItemInspection(item.id(), WireNames.of(item.kind()), item.title(),
					item.files()
						.stream()
						.map((file) -> files.containsKey(normal(file.path())) ? normal(file.path()) : file.path())
						.toList(),
					fed.getOrDefault(item.id(), List.of())));
		}
		return new InspectionReport(target, List.copyOf(files.values()), CrossFileChecks.check(inspected),
				listing.skipped(), problems, items, rulesNote);
	}

	/**
	 * Inspects the regular files of the folder no item lists (the case file itself
	 * aside).
	 */
	private FolderFiles unlisted(CaseFile caseFile, Map<String, EvidenceFileFacts> files, List<String> problems) {
		CaseFolder folder = CaseFolder.open(caseFile.folder(), EvidenceFileLimits.DEFAULT,
				Location.file(caseFile.source()));
		FolderFiles listing = FolderFiles.list(folder, Location.file(caseFile.source()));
		String caseFileName = Path.of(caseFile.source()).getFileName().toString();
		EvidenceFileInspector inspector = new EvidenceFileInspector();
		for (String path : listing.files()) {
			if (!files.containsKey(path) && !path.equals(caseFileName)) {
				try {
					files.put(path, inspector.inspect(folder, path, null, Location.file(path)));
				}
				catch (InputException ex) {
					problems.add(ex.getMessage());
				}
			}
		}
		return listing;
	}

	/**
	 * Per item: findings present only with the file facts (added) or only without
	 * (removed).
	 */
	private static Map<String, List<ItemInspection.FedFinding>> fed(RuleSet rules, CaseFile caseFile,
			List<Object> facts) {
		Assessor assessor = Assessor.of(rules);
		Opinion with = assessor.assess(caseFile.withDerivedFacts(facts), Assessor.Options.SCORES_ONLY);
		Opinion without = assessor.assess(caseFile, Assessor.Options.SCORES_ONLY);
		Map<String, List<ItemInspection.FedFinding>> fed = new LinkedHashMap<>();
		for (ItemOpinion item : with.items()) {
			ItemOpinion before = without.items()
				.stream()
				.filter((other) -> other.id().equals(item.id()))
				.findFirst()
				.orElseThrow();
			List<ItemInspection.FedFinding> list = new ArrayList<>();
			difference(item.reasons(), before.reasons(), false, list);
			difference(before.reasons(), item.reasons(), true, list);
			fed.put(item.id(), list);
		}
		return fed;
	}

	private static void difference(List<Reason> these, List<Reason> others, boolean removed,
			List<ItemInspection.FedFinding> into) {
		Set<String> otherIds = new LinkedHashSet<>(others.stream().map(Reason::ruleId).toList());
		Function<Reason, ItemInspection.FedFinding> fed = (reason) -> new ItemInspection.FedFinding(reason.ruleId(),
				reason.effect(), reason.points(), reason.citation(), reason.text(), reason.textEn(), removed);
		these.stream().filter((reason) -> !otherIds.contains(reason.ruleId())).map(fed).forEach(into::add);
	}

	private static String normal(String path) {
		return Path.of(path.replace('\\', '/')).normalize().toString().replace('\\', '/');
	}

}
