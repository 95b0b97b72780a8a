package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.rules.RuleSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * What-ifs in one long-lived rule session per assessment. The case is inserted and fired
 * once; a what-if replaces only the changed items' facts ({@code session.update}) and
 * fires again. Findings are logical insertions ({@code insertLogical}), so the engine's
 * truth maintenance retracts every finding whose conditions no longer hold and the rules
 * that depend on them fire again: the session ends in the state a fresh session would
 * reach on the changed case. The next what-if moves the items from wherever the last one
 * left them, so no restore run is needed.
 * <p>
 * Cheaper still: a change that leaves the item as it is costs nothing, a change already
 * assessed is not assessed twice, and only items whose findings changed are scored again.
 * {@code IncrementalWhatIfTest} checks every what-if against {@link FreshWhatIfs}.
 */
final class SessionWhatIfs implements WhatIfs {

	private final KieSession session;

	private final AgendaFilter inForce;

	private final ScoreModel model;

	private final Evaluation base;

	private final Map<String, FactHandle> handles = new HashMap<>();

	/** Each item as the case file has it, in case-file order. */
	private final Map<String, EvidenceItem> original = new LinkedHashMap<>();

	/** Each item as the session holds it now. */
	private final Map<String, EvidenceItem> current = new HashMap<>();

	private final Map<String, List<Finding>> baseFindings = new HashMap<>();

	private final FindingTracker tracker = new FindingTracker();

	/** Each item's score in the session's current state. */
	private final Map<String, ItemScore> currentScores = new HashMap<>();

	private final Map<PatchKey, Snapshot> patched = new HashMap<>();

	private final Map<Map<String, Snapshot>, Evaluation> assessed = new HashMap<>();

	private int runs;

	private final RuleSet ruleSet;

	private SessionWhatIfs(RuleSet ruleSet, LegalCase legalCase, List<Object> derivedFacts) {
		this.ruleSet = ruleSet;
		this.inForce = RuleEngine.inForce(ruleSet, legalCase.lawDate());
		this.model = new ScoreModel(ruleSet, legalCase.lawDate());
		this.session = RuleEngine.open(ruleSet, legalCase, derivedFacts, this.handles);
		try {
			this.session.addEventListener(this.tracker);
			RuleEngine.run(this.session, this.inForce, this.ruleSet);
			this.tracker.refresh();
			this.base = Evaluation.scored(this.model, legalCase, derivedFacts, this.tracker.all());
		}
		catch (RuntimeException ex) {
			this.session.dispose();
			throw ex;
		}
		for (EvidenceItem item : legalCase.items()) {
			this.original.put(item.id(), item);
			this.current.put(item.id(), item);
			this.baseFindings.put(item.id(), this.base.findingsFor(item.id()));
			this.currentScores.put(item.id(), this.base.scores().get(item.id()));
		}
	}

	/** Opens the session and runs the case as the case file has it. */
	static SessionWhatIfs open(RuleSet ruleSet, LegalCase legalCase, List<Object> derivedFacts) {
		return new SessionWhatIfs(ruleSet, legalCase, derivedFacts);
	}

	@Override
	public Evaluation base() {
		return this.base;
	}

	@Override
	public Evaluation evaluate(List<ItemPatch> patches) {
		Map<String, Snapshot> changed = changedItems(patches);
		if (changed.isEmpty()) {
			return this.base;
		}
		Evaluation known = this.assessed.get(changed);
		if (known != null) {
			return known;
		}
		moveTo(changed);
		RuleEngine.run(this.session, this.inForce, this.ruleSet);
		this.runs++;
		Evaluation result = collect(changed);
		this.assessed.put(changed, result);
		return result;
	}

	@Override
	public int runs() {
		return this.runs;
	}

	@Override
	public void close() {
		this.session.dispose();
	}

	/**
	 * The items the patches change, as changed; items they leave as they are drop out.
	 */
	private Map<String, Snapshot> changedItems(List<ItemPatch> patches) {
		Map<String, List<ItemPatch>> byItem = new LinkedHashMap<>();
		for (ItemPatch patch : patches) {
			if (!this.original.containsKey(patch.itemId())) {
				throw new IllegalArgumentException("no item '" + patch.itemId() + "' in the case");
			}
			byItem.computeIfAbsent(patch.itemId(), id -> new ArrayList<>()).add(patch);
		}
		Map<String, Snapshot> changed = new HashMap<>();
		byItem.forEach((id, own) -> {
			Snapshot item = this.patched.computeIfAbsent(new PatchKey(id, List.copyOf(own)),
					key -> new Snapshot(RecordPatcher.apply(this.original.get(id), key.patches())));
			if (!item.item().equals(this.original.get(id))) {
				changed.put(id, item);
			}
		});
		return Map.copyOf(changed);
	}

	/**
	 * Puts each item into the state the what-if needs: changed, or as in the case file.
	 */
	private void moveTo(Map<String, Snapshot> changed) {
		for (Map.Entry<String, EvidenceItem> entry : this.original.entrySet()) {
			String id = entry.getKey();
			Snapshot snapshot = changed.get(id);
			EvidenceItem wanted = (snapshot != null) ? snapshot.item() : entry.getValue();
			if (this.current.get(id) != wanted) {
				this.session.update(this.handles.get(id), wanted);
				this.current.put(id, wanted);
			}
		}
	}

	/**
	 * The what-if's evaluation: only the items whose findings changed in this run are
	 * scored again (an item back to its base findings gets its base score).
	 */
	private Evaluation collect(Map<String, Snapshot> changed) {
		for (String key : this.tracker.refresh()) {
			List<Finding> base = this.baseFindings.get(key);
			if (base != null) {
				List<Finding> now = this.tracker.of(key);
				this.currentScores.put(key, now.equals(base) ? this.base.scores().get(key) : this.model.score(now));
			}
		}
		Map<String, ItemScore> scores = new LinkedHashMap<>();
		List<EvidenceItem> items = new ArrayList<>();
		for (Map.Entry<String, EvidenceItem> entry : this.original.entrySet()) {
			String id = entry.getKey();
			scores.put(id, this.currentScores.get(id));
			Snapshot snapshot = changed.get(id);
			items.add((snapshot != null) ? snapshot.item() : entry.getValue());
		}
		LegalCase legalCase = ItemPatch.withItems(this.base.legalCase(), items);
		return new Evaluation(legalCase, this.base.derivedFacts(), this.tracker.all(), scores);
	}

	/**
	 * A changed item as a map key: its hash is computed once (a record's is computed on
	 * every call, over every field).
	 */
	private static final class Snapshot {

		private final EvidenceItem item;

		private final int hash;

		Snapshot(EvidenceItem item) {
			this.item = item;
			this.hash = item.hashCode();
		}

		EvidenceItem item() {
			return this.item;
		}

		@Override
		public boolean equals(Object other) {
			return other == this || (other instanceof Snapshot snapshot && snapshot.hash == this.hash
					&& snapshot.item.equals(this.item));
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

	/** The changes to one item, as a key: the same changes give the same item. */
	private record PatchKey(String itemId, List<ItemPatch> patches) {

		PatchKey {
			Objects.requireNonNull(itemId);
		}

	}

}
