package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.evidenceassessor.assessment.Opinion.RemedyOption;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.rules.Remedy;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.WireNames;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the actions that would raise an item's score: the remedies its findings name,
 * still possible for this item, each applied to the case and assessed again. Ranked by
 * gain, then by effort; actions that gain nothing are left out.
 */
final class RemedyPlanner {

	private final RuleSet ruleSet;

	RemedyPlanner(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
	}

	List<RemedyOption> plan(Evaluation current, EvidenceItem item) {
		ScoreModel model = new ScoreModel(this.ruleSet, current.legalCase().lawDate());
		int before = current.score(item.id());
		List<RemedyOption> options = new ArrayList<>();
		for (String id : candidates(current.findingsFor(item.id()))) {
			Remedy remedy = this.ruleSet.remedies().get(id);
			if (!possible(remedy, current, item)) {
				continue;
			}
			ItemPatch patch = new ItemPatch(item.id(), remedy.set(), remedy.append());
			Evaluation after = current.with(this.ruleSet, List.of(patch));
			int score = after.score(item.id());
			if (score > before) {
				options.add(new RemedyOption(id, remedy.actionZh(), remedy.actionEn(), WireNames.of(remedy.effort()),
						remedy.deadlineZh(), remedy.basis(), score, after.scores().get(item.id()).level(),
						score - before));
			}
		}
		options.sort(Comparator.comparingInt(RemedyOption::gain)
			.reversed()
			.thenComparing(RemedyOption::effort, Comparator.comparingInt(RemedyPlanner::effortRank))
			.thenComparing(RemedyOption::id));
		return List.copyOf(options);
	}

	private static Set<String> candidates(List<Finding> findings) {
		Set<String> ids = new LinkedHashSet<>();
		findings.forEach(f -> ids.addAll(f.remedies()));
		return ids;
	}

	/**
	 * The action is still possible: it fits the item's kind and the facts it needs still
	 * hold.
	 */
	static boolean possible(Remedy remedy, Evaluation current, EvidenceItem item) {
		if (!remedy.kinds().isEmpty() && !remedy.kinds().contains(WireNames.of(item.kind()))) {
			return false;
		}
		for (Map.Entry<String, List<Object>> need : remedy.requires().entrySet()) {
			JsonNode value = ItemPatch.valueAt(current.legalCase(), item.id(), need.getKey());
			String actual = (value == null) ? "unknown" : value.asText();
			boolean allowed = need.getValue().stream().map(String::valueOf).anyMatch(actual::equals);
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	private static int effortRank(String effort) {
		return switch (effort) {
			case "low" -> 0;
			case "medium" -> 1;
			default -> 2;
		};
	}

}
