package com.evidenceassessor.rulebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.evidenceassessor.assessment.EvidenceChain;
import com.evidenceassessor.assessment.EvidenceChain.ChainLink;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.PlannedAction;
import com.evidenceassessor.assessment.Opinion.RemedyOption;
import com.evidenceassessor.rulebook.ImpactReport.AdviceChange;

/**
 * The advice of two opinions on one case, compared: per item the actions offered (each
 * with its deadline, last day, basis and promised score), the chain's requirements with
 * their bases and strengths (an element proved payment by payment, {@code inParts} in
 * chains.yaml, moves a link's strength without moving an item's score), and the case
 * plan's actions.
 */
final class AdviceComparison {

	private final String caseId;

	private final String source;

	private final List<AdviceChange> changes;

	private AdviceComparison(String caseId, String source, List<AdviceChange> changes) {
		this.caseId = caseId;
		this.source = source;
		this.changes = changes;
	}

	static void compare(String source, Opinion was, Opinion is, List<AdviceChange> changes) {
		AdviceComparison comparison = new AdviceComparison(is.caseId(), source, changes);
		Map<String, ItemOpinion> before = byKey(was.items(), ItemOpinion::id);
		for (ItemOpinion now : is.items()) {
			ItemOpinion then = before.get(now.id());
			if (then != null) {
				comparison.actions(now.id(), byKey(then.remedies(), RemedyOption::id),
						byKey(now.remedies(), RemedyOption::id));
			}
		}
		comparison.chain(was.summary().chain(), is.summary().chain());
		comparison.casePlan(was.summary().plan(), is.summary().plan());
	}

	private void actions(String itemId, Map<String, RemedyOption> then, Map<String, RemedyOption> now) {
		then.forEach((id, old) -> {
			RemedyOption current = now.get(id);
			if (current == null) {
				add(itemId, "action no longer offered: " + id, old.action(), "");
				return;
			}
			differs(itemId, "action " + id + ": deadline", old.deadline(), current.deadline());
			differs(itemId, "action " + id + ": last day", old.dueBy(), current.dueBy());
			differs(itemId, "action " + id + ": basis", old.basis(), current.basis());
			differs(itemId, "action " + id + ": score after", old.scoreAfter(), current.scoreAfter());
		});
		now.forEach((id, current) -> {
			if (!then.containsKey(id)) {
				add(itemId, "action now offered: " + id, "", current.action() + " → " + current.scoreAfter());
			}
		});
	}

	private void chain(EvidenceChain then, EvidenceChain now) {
		if (then == null || now == null) {
			return;
		}
		Map<String, ChainLink> before = byKey(then.links(), ChainLink::requirement);
		for (ChainLink link : now.links()) {
			ChainLink old = before.get(link.requirement());
			if (old != null) {
				differs(null, "chain " + link.requirement() + ": basis", old.source(), link.source());
				differs(null, "chain " + link.requirement() + ": strength", old.strength(), link.strength());
			}
		}
	}

	private void casePlan(Opinion.CasePlan then, Opinion.CasePlan now) {
		List<String> before = (then != null) ? then.actions().stream().map(PlannedAction::id).toList() : List.of();
		List<String> after = (now != null) ? now.actions().stream().map(PlannedAction::id).toList() : List.of();
		differs(null, "case plan: actions", String.join(", ", before), String.join(", ", after));
	}

	private void differs(String itemId, String what, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			add(itemId, what, (before != null) ? before.toString() : "", (after != null) ? after.toString() : "");
		}
	}

	private void add(String itemId, String what, String before, String after) {
		this.changes.add(new AdviceChange(this.caseId, this.source, itemId, what, before, after));
	}

	/** The entries by their key, in their order. */
	static <T> Map<String, T> byKey(List<T> entries, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		entries.forEach(e -> map.put(key.apply(e), e));
		return map;
	}

}
