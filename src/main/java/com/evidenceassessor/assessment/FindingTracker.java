package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Follows the findings in a long-lived session as the engine inserts and retracts them,
 * so a what-if reads only what changed instead of scanning and sorting every fact.
 * Findings are kept per item (the key is the item id as {@link RuleEngine#ORDER} sorts
 * it), each list in rule-id order once read.
 */
final class FindingTracker implements RuleRuntimeEventListener {

	private static final Comparator<Finding> BY_RULE = Comparator.comparing(Finding::ruleId);

	private final Map<String, List<Finding>> live = new HashMap<>();

	private final Map<String, List<Finding>> sorted = new TreeMap<>();

	private final Set<String> changed = new HashSet<>();

	@Override
	public void objectInserted(ObjectInsertedEvent event) {
		if (event.getObject() instanceof Finding finding) {
			String key = key(finding);
			this.live.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
			this.changed.add(key);
		}
	}

	@Override
	public void objectDeleted(ObjectDeletedEvent event) {
		if (event.getOldObject() instanceof Finding finding) {
			String key = key(finding);
			List<Finding> findings = this.live.get(key);
			for (int i = 0; findings != null && i < findings.size(); i++) {
				if (findings.get(i) == finding) {
					findings.remove(i);
					break;
				}
			}
			this.changed.add(key);
		}
	}

	@Override
	public void objectUpdated(ObjectUpdatedEvent event) {
		// findings are never updated: rules insert them and truth maintenance retracts
		// them
	}

	/** The keys whose findings changed since the last call, each list sorted again. */
	Set<String> refresh() {
		Set<String> keys = new HashSet<>(this.changed);
		for (String key : keys) {
			List<Finding> findings = new ArrayList<>(this.live.getOrDefault(key, List.of()));
			findings.sort(BY_RULE);
			if (findings.isEmpty()) {
				this.sorted.remove(key);
			}
			else {
				this.sorted.put(key, List.copyOf(findings));
			}
		}
		this.changed.clear();
		return keys;
	}

	/** An item's findings (the case's for {@code "null"}), by rule id. */
	List<Finding> of(String key) {
		return this.sorted.getOrDefault(key, List.of());
	}

	/** Every finding, in {@link RuleEngine#ORDER}. */
	List<Finding> all() {
		List<Finding> all = new ArrayList<>();
		this.sorted.values().forEach(all::addAll);
		return all;
	}

	static String key(Finding finding) {
		return String.valueOf(finding.itemId());
	}

}
