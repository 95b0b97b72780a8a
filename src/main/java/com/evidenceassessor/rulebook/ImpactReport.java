package com.evidenceassessor.rulebook;

import java.util.List;

/**
 * What a rule change does to a set of cases: every item (and case) whose level or score
 * moves, by how much, and the rules that account for it.
 *
 * @param baseline how the baseline rules were named
 * @param baselineHash the baseline rule set's hash
 * @param currentHash the current rule set's hash
 * @param cases how many cases were assessed
 * @param items how many items were assessed
 * @param changes each change, in case order
 * @param advice each change to the advice ({@code --plans}): an action offered or no
 * longer offered, an action's deadline, basis or promised score, a chain requirement's
 * basis or strength, the case plan's actions; empty when the advice was not compared
 * @param skipped cases that could not be assessed, with the reason
 */
public record ImpactReport(String baseline, String baselineHash, String currentHash, int cases, int items,
		List<Change> changes, List<AdviceChange> advice, List<Skipped> skipped) {

	/**
	 * One piece of advice that reads otherwise under the current rules.
	 *
	 * @param caseId the case's id
	 * @param source the case file
	 * @param itemId the item's id, {@code null} for the case as a whole
	 * @param what what changed, e.g. {@code action notarise: deadline}
	 * @param before as the baseline rules give it ({@code ""} when it was not there)
	 * @param after as the current rules give it ({@code ""} when it is gone)
	 */
	public record AdviceChange(String caseId, String source, String itemId, String what, String before, String after) {

	}

	/**
	 * One item (or, with a {@code null} item, a case's overall assessment) whose level or
	 * score moved.
	 *
	 * @param caseId the case's id
	 * @param source the case file
	 * @param itemId the item's id, {@code null} for the case as a whole
	 * @param levelBefore its level under the baseline rules
	 * @param levelAfter its level under the current rules
	 * @param scoreBefore its score under the baseline rules
	 * @param scoreAfter its score under the current rules
	 * @param rulesAdded rules that reach a finding now and did not before
	 * @param rulesRemoved rules that reached a finding before and do not now
	 * @param pointsChanged rules that reach a finding both times with different points,
	 * as {@code id (+10 → +15)}
	 */
	public record Change(String caseId, String source, String itemId, String levelBefore, String levelAfter,
			int scoreBefore, int scoreAfter, List<String> rulesAdded, List<String> rulesRemoved,
			List<String> pointsChanged) {

		public int delta() {
			return this.scoreAfter - this.scoreBefore;
		}

		public boolean levelChanged() {
			return !this.levelBefore.equals(this.levelAfter);
		}

	}

	/**
	 * A case that could not be assessed.
	 *
	 * @param source the case file or folder
	 * @param problem why, located
	 */
	public record Skipped(String source, String problem) {

	}

}
