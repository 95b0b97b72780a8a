package com.evidenceassessor.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.reliability.FiringGuard;
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

	private final FiringGuard guard;

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

	private final Map<PatchKey, Patched> patched = new HashMap<>();

	private final Map<Map<String, PatchKey>, Evaluation> assessed = new HashMap<>();

	private int runs;

	private SessionWhatIfs(RuleSet ruleSet, LegalCase legalCase, List<Object> derivedFacts) {
		this.inForce = RuleEngine.inForce(ruleSet, legalCase.lawDate());
		this.model = new ScoreModel(ruleSet, legalCase.lawDate());
		this.session = RuleEngine.open(ruleSet, legalCase, derivedFacts, this.handles);
		this.guard = RuleEngine.guard(this.session, ruleSet);
		try {
			this.session.addEventListener(this.tracker);
			RuleEngine.run(this.guard, this.inForce);
			this.tracker.refresh();
			this.base = Evaluation.scored(this.model, legalCase, derivedFacts, this.tracker.all(),
					RuleEngine.sources(this.session));
		}
		catch (RuntimeException ex) {
			close();
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
		Map<String, PatchKey> changed = changedItems(patches);
		if (changed.isEmpty()) {
			return this.base;
		}
		Evaluation known = this.assessed.get(changed);
		if (known != null) {
			return known;
		}
		moveTo(changed);
		RuleEngine.run(this.guard, this.inForce);
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
		this.guard.close();
		this.session.dispose();
	}

	/**
	 * The items the patches change, each keyed by its changes; items they leave as they
	 * are drop out. Keys are the changes, not the changed items: an item's hash walks
	 * every field of every group, a change's is computed once.
	 */
	private Map<String, PatchKey> changedItems(List<ItemPatch> patches) {
		Map<String, List<ItemPatch>> byItem = new LinkedHashMap<>();
		for (ItemPatch patch : patches) {
			if (!this.original.containsKey(patch.itemId())) {
				throw new IllegalArgumentException("no item '" + patch.itemId() + "' in the case");
			}
			byItem.computeIfAbsent(patch.itemId(), id -> new ArrayList<>()).add(patch);
		}
		Map<String, PatchKey> changed = new HashMap<>();
		byItem.forEach((id, own) -> {
			PatchKey key = new PatchKey(id, List.copyOf(own));
			if (this.patched.computeIfAbsent(key, this::patch).changesItem()) {
				changed.put(id, key);
			}
		});
		return Map.copyOf(changed);
	}

	private Patched patch(PatchKey key) {
		EvidenceItem before = this.original.get(key.itemId());
		EvidenceItem after = RecordPatcher.apply(before, key.patches());
		return new Patched(after, changes(before, after, key.patches()));
	}

	/**
	 * Whether the changes leave the item other than it was: something appended, or a
	 * field set to another value than it had.
	 */
	private static boolean changes(EvidenceItem before, EvidenceItem after, List<ItemPatch> patches) {
		for (ItemPatch patch : patches) {
			if (!patch.append().isEmpty()) {
				return true;
			}
			for (String path : patch.set().keySet()) {
				if (!Objects.equals(RecordPatcher.read(before, path), RecordPatcher.read(after, path))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Puts each item into the state the what-if needs: changed, or as in the case file.
	 */
	private void moveTo(Map<String, PatchKey> changed) {
		for (Map.Entry<String, EvidenceItem> entry : this.original.entrySet()) {
			String id = entry.getKey();
			PatchKey key = changed.get(id);
			EvidenceItem wanted = (key != null) ? this.patched.get(key).item() : entry.getValue();
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
	private Evaluation collect(Map<String, PatchKey> changed) {
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
			PatchKey key = changed.get(id);
			items.add((key != null) ? this.patched.get(key).item() : entry.getValue());
		}
		LegalCase legalCase = this.base.legalCase().withItems(items);
		return new Evaluation(legalCase, this.base.derivedFacts(), this.tracker.all(), scores, FindingSources.NONE);
	}

	/**
	 * An item as its changes leave it.
	 *
	 * @param item the changed item
	 * @param changesItem whether it differs from the item in the case file
	 */
	private record Patched(EvidenceItem item, boolean changesItem) {

	}

	/** The changes to one item, as a key: the same changes give the same item. */
	private record PatchKey(String itemId, List<ItemPatch> patches) {

		PatchKey {
			Objects.requireNonNull(itemId);
		}

	}

}
