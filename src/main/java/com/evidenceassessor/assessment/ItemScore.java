package com.evidenceassessor.assessment;

import java.util.List;

/**
 * An item's scores, each 0–100 (higher is safer), and how they were reached.
 *
 * @param authenticity 真实性
 * @param legality 合法性 (0 when excluded)
 * @param relevance 关联性
 * @param sufficiency 证明力: whether it can ground a finding alone
 * @param overall the weaker of authenticity and relevance, then sufficiency and refusal
 * caps
 * @param level the risk level by the bands in {@code rules/parameters/scoring.yaml}
 * @param needsCorroboration the item cannot alone ground a finding and nothing
 * corroborates it yet
 * @param trace every step from the base scores to the overall score, each naming the
 * finding or parameter behind it
 */
public record ItemScore(int authenticity, int legality, int relevance, int sufficiency, int overall, Level level,
		boolean needsCorroboration, List<String> trace) {

}
