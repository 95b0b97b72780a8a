package com.evidenceassessor.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.evidenceassessor.rules.Dimension;
import com.evidenceassessor.rules.Effect;
import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.web.RuleReloader;

/**
 * The rules in service, as the API lists them.
 *
 * @param hash SHA-256 of the rules folder: every opinion names the hash it was made with
 * @param ruleCount how many rules
 * @param inServiceSince when they were put into service
 * @param lastReload the last reload, or {@code null} when none was attempted
 * @param rules each rule with its citation
 */
record RuleBookView(String hash, int ruleCount, Instant inServiceSince, RuleReloader.Reload lastReload,
		List<RuleView> rules) {

	static RuleBookView of(RuleSet ruleSet, RuleReloader.Status status) {
		List<RuleView> rules = ruleSet.allRules()
			.stream()
			.sorted(Comparator.comparing(RuleInfo::id))
			.map(RuleView::of)
			.toList();
		return new RuleBookView(ruleSet.hash(), rules.size(), status.inServiceSince(), status.lastReload(), rules);
	}

	/**
	 * One rule's metadata.
	 *
	 * @param id its stable id
	 * @param name its name, a sentence starting with the provision
	 * @param file its file under rules/
	 * @param instrument the instrument's id
	 * @param article the provision
	 * @param citation the short citation
	 * @param fullCitation the full citation
	 * @param dimension the dimension it speaks to
	 * @param effect what its finding does
	 * @param pointsParameter the parameter holding its points
	 * @param reasonZh the reason in Chinese
	 * @param reasonEn the reason in English
	 * @param remedies the remedies that answer it
	 * @param effective the first day it applies, when not its instrument's
	 * @param expires the last day it applies, when not its instrument's
	 */
	record RuleView(String id, String name, String file, String instrument, String article, String citation,
			String fullCitation, Dimension dimension, Effect effect, String pointsParameter, String reasonZh,
			String reasonEn, List<String> remedies, LocalDate effective, LocalDate expires) {

		static RuleView of(RuleInfo rule) {
			return new RuleView(rule.id(), rule.name(), rule.file(), rule.instrument().id(), rule.article(),
					rule.citation(), rule.fullCitation(), rule.dimension(), rule.effect(), rule.pointsParameter(),
					rule.reasonZh(), rule.reasonEn(), rule.remedies(), rule.effective(), rule.expires());
		}

	}

}
