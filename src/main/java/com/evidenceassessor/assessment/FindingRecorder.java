package com.evidenceassessor.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleSet;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code findings} every rule's consequence calls:
 * {@code findings.add(kcontext, $item)}. It builds the finding from the firing rule's
 * metadata (citation, dimension, effect, reasons) and its points parameter on the law
 * date, and inserts it into the session. Rules therefore cannot produce a finding without
 * a citation, and never change a fact.
 */
public final class FindingRecorder {

	private final RuleSet ruleSet;

	private final LocalDate lawDate;

	/** Each rule's points on the law date, looked up once per session. */
	private final Map<RuleInfo, Integer> points = new IdentityHashMap<>();

	/** The files and bill rows the findings rest on, for the reasons. */
	private final FindingSources.Recorder sources = new FindingSources.Recorder();

	FindingRecorder(RuleSet ruleSet, LocalDate lawDate) {
		this.ruleSet = ruleSet;
		this.lawDate = lawDate;
	}

	/** Records the firing rule's finding about an item. */
	public void add(RuleContext context, EvidenceItem item) {
		insert(context, item.id());
	}

	/** Records the firing rule's finding about the case as a whole. */
	public void addForCase(RuleContext context) {
		insert(context, null);
	}

	private void insert(RuleContext context, String itemId) {
		RuleInfo rule = this.ruleSet.rule(context.getRule().getName());
		if (this.sources.recording()) {
			this.sources.note(itemId, rule.id(), context.getMatch().getObjects());
		}
		context.insertLogical(new Finding(itemId, rule, this.points.computeIfAbsent(rule, this::points)));
	}

	/**
	 * The files and bill rows the findings so far rest on; later firings (what-ifs) are
	 * not recorded.
	 */
	FindingSources sources() {
		return this.sources.close();
	}

	private int points(RuleInfo rule) {
		if (rule.pointsParameter() == null) {
			return 0;
		}
		BigDecimal value = this.ruleSet.parameter(rule.pointsParameter(), this.lawDate);
		return Math.abs(value.intValue());
	}

}
