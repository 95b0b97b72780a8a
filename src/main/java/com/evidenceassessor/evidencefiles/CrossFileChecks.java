package com.evidenceassessor.evidencefiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.evidenceassessor.evidencefiles.CrossFileFinding.Type;
import com.evidenceassessor.support.WireNames;

/**
 * Checks across a case's items: one file claimed by two items; content that does not fit
 * the kind.
 */
public final class CrossFileChecks {

	private CrossFileChecks() {
	}

	public static List<CrossFileFinding> check(List<ItemFiles> items) {
		List<CrossFileFinding> findings = new ArrayList<>();
		for (ItemFiles item : items) {
			for (EvidenceFileFacts file : item.files()) {
				if (!KindFit.fits(item.kind(), item.form(), file.family())) {
					findings.add(kindMismatch(item, file));
				}
			}
		}
		findings.addAll(sameFiles(items));
		return List.copyOf(findings);
	}

	private static CrossFileFinding kindMismatch(ItemFiles item, EvidenceFileFacts file) {
		return new CrossFileFinding(Type.KIND_TYPE_MISMATCH, List.of(item.itemId()), List.of(file.path()),
				file.sha256(),
				"item '" + item.itemId() + "' is a " + WireNames.of(item.kind()) + " item but '" + file.path() + "' is "
						+ file.contentType() + " (" + file.family().name().toLowerCase(java.util.Locale.ROOT) + ")");
	}

	private static List<CrossFileFinding> sameFiles(List<ItemFiles> items) {
		Map<String, Set<String>> itemsByHash = new LinkedHashMap<>();
		Map<String, Set<String>> pathsByHash = new LinkedHashMap<>();
		for (ItemFiles item : items) {
			for (EvidenceFileFacts file : item.files()) {
				if (!file.empty()) {
					itemsByHash.computeIfAbsent(file.sha256(), (k) -> new LinkedHashSet<>()).add(item.itemId());
					pathsByHash.computeIfAbsent(file.sha256(), (k) -> new LinkedHashSet<>()).add(file.path());
				}
			}
		}
		List<CrossFileFinding> findings = new ArrayList<>();
		itemsByHash.forEach((hash, ids) -> {
			if (ids.size() > 1) {
				findings.add(new CrossFileFinding(Type.SAME_FILE_IN_TWO_ITEMS, List.copyOf(ids),
						List.copyOf(pathsByHash.get(hash)), hash, "the same file (SHA-256 " + hash.substring(0, 12)
								+ "...) is claimed by items " + String.join(", ", ids)));
			}
		});
		return findings;
	}

}
