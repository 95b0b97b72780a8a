package com.evidenceassessor.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.evidenceassessor.bills.evidence.BillAmountConflict;
import com.evidenceassessor.bills.evidence.BillRowMatch;
import com.evidenceassessor.evidencefiles.EvidenceFileFact;

/**
 * Where a finding comes from, when a rule matched facts read from the case folder: the
 * evidence files ({@code evidence/chat.png}) and bill rows ({@code bills/wechat.csv:12})
 * its matches used. A rule that fires once per file (one match per file) names each; the
 * finding is one, however many files it rests on.
 */
final class FindingSources {

	/** No sources: for what-ifs, whose reasons are never shown. */
	static final FindingSources NONE = new FindingSources(Map.of());

	private final Map<String, List<String>> byFinding;

	private FindingSources(Map<String, List<String>> byFinding) {
		this.byFinding = byFinding;
	}

	/** The files and rows the finding's rule matched, in order; empty for none. */
	List<String> of(Finding finding) {
		return this.byFinding.getOrDefault(key(finding.itemId(), finding.ruleId()), List.of());
	}

	static String key(String itemId, String ruleId) {
		return itemId + "\u0000" + ruleId;
	}

	/** A fact's place in the case folder, or {@code null} for a fact that has none. */
	static String place(Object fact) {
		if (fact instanceof EvidenceFileFact file) {
			return file.path();
		}
		if (fact instanceof BillAmountConflict conflict) {
			return conflict.place();
		}
		if (fact instanceof BillRowMatch row) {
			return row.file() + ((row.page() > 0) ? " p." + row.page() : "") + ":" + row.row();
		}
		return null;
	}

	/** Collects the sources as rules fire. */
	static final class Recorder {

		private final Map<String, TreeSet<String>> places = new HashMap<>();

		private boolean recording = true;

		/** Still recording: the session's first run is not over. */
		boolean recording() {
			return this.recording;
		}

		void note(String itemId, String ruleId, List<Object> matched) {
			for (Object fact : matched) {
				String place = place(fact);
				if (place != null) {
					this.places.computeIfAbsent(key(itemId, ruleId), k -> new TreeSet<>()).add(place);
				}
			}
		}

		/** What was recorded so far; nothing more is recorded after. */
		FindingSources close() {
			this.recording = false;
			Map<String, List<String>> copy = new HashMap<>();
			this.places.forEach((key, set) -> copy.put(key, List.copyOf(set)));
			return new FindingSources(Map.copyOf(copy));
		}

	}

}
