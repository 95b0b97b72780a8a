package com.evidenceassessor.assessment;

import java.util.List;

import com.evidenceassessor.assessment.Opinion.PlanIfDeviceGone;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.rules.Remedy.Assumption;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.WireNames;

/**
 * The plan for an item should the phone (or computer) holding it be gone, where its own
 * plan rests on the phone and the case file does not say whether it is kept. A phone gone
 * moves the item's score itself (the original can no longer be shown or checked), so,
 * unlike a premise whose failing only rules actions out ({@link RemedyPlanner.Without}),
 * the plan is worked out afresh on the case with the question answered "no" (review round
 * 51: a plan resting on the phone had none for when the client says it is lost).
 */
final class DeviceGonePlan {

	static final String DEVICE_KEPT = WireNames.of(Assumption.DEVICE_KEPT);

	private DeviceGonePlan() {
	}

	/**
	 * The item's score and plan with the phone gone; {@code null} where its plan (or the
	 * plan without a premise) takes no step on the phone, or the case file says whether
	 * the phone is kept.
	 */
	static PlanIfDeviceGone of(RuleSet ruleSet, WhatIfs whatIfs, EvidenceItem item,
			RemedyPlanner.ItemRemedies remedies) {
		if (item.custody().originalDeviceKept() != null || remedies == null
				|| !remedies.plansAssume().contains(DEVICE_KEPT)) {
			return null;
		}
		ItemPatch gone = ItemPatch.set(item.id(), OpenAssumptions.DEVICE_KEPT_FIELD, false);
		WhatIfs premised = new PremisedWhatIfs(whatIfs, List.of(gone));
		EvidenceItem changed = premised.base().legalCase().item(item.id());
		RemedyPlanner planner = RemedyPlanner.forCase(ruleSet, premised, List.of(changed));
		ItemScore score = premised.base().scores().get(item.id());
		return new PlanIfDeviceGone(score.overall(), score.level(), planner.plan(changed).plan());
	}

}
