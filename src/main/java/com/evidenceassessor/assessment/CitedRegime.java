package com.evidenceassessor.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.evidenceassessor.assessment.Opinion.AppliedInstrument;
import com.evidenceassessor.assessment.Opinion.CaseSummary;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.rules.CitedTitles;
import com.evidenceassessor.rules.Instrument;
import com.evidenceassessor.rules.RuleSet;

/**
 * The instruments an opinion's stamp names ({@link Opinion.Stamp#regime()}): the rule
 * instruments in force on the law date, each marked cited when a rule of it found
 * something or the opinion's citations name it, then the laws of {@code laws.yaml} the
 * citations name, whatever their dates. The citations are the reasons' (as cited for the
 * law date) and the evidence chain's sources (chosen by the day of the legal fact where
 * the substantive law changed: a loan made in 2019 and heard in 2022 cites the Contract
 * Law, which ended on 2020-12-31); {@link CitedTitles} says what they name.
 */
final class CitedRegime {

	private CitedRegime() {
	}

	static List<AppliedInstrument> of(RuleSet ruleSet, LocalDate lawDate, List<Finding> findings,
			List<ItemOpinion> items, CaseSummary summary) {
		Set<String> fired = findings.stream().map(f -> f.rule().instrument().id()).collect(Collectors.toSet());
		Set<String> named = ruleSet.citedTitles().in(citations(items, summary));
		List<AppliedInstrument> regime = new ArrayList<>();
		for (Instrument instrument : ruleSet.regimeOn(lawDate)) {
			regime
				.add(applied(instrument, lawDate, fired.contains(instrument.id()) || named.contains(instrument.id())));
		}
		for (Instrument law : ruleSet.laws().values()) {
			if (named.contains(law.id())) {
				regime.add(applied(law, within(law, lawDate), true));
			}
		}
		return List.copyOf(regime);
	}

	/**
	 * The citations the opinion carries, each once: its reasons' (and the instruments
	 * their words name) and its chain links' sources and lists of what to gather, and its
	 * actions' bases and time limits (民事诉讼法 for the time limit for evidence, say), the
	 * case plan's included.
	 */
	private static Set<String> citations(List<ItemOpinion> items, CaseSummary summary) {
		Stream<Reason> reasons = Stream.concat(items.stream().flatMap(i -> i.reasons().stream()),
				summary.reasons().stream());
		// a link's list of what to gather may cite a provision too (买卖合同解释第一条)
		Stream<String> sources = (summary.chain() != null) ? summary.chain()
			.links()
			.stream()
			.flatMap(l -> Stream.of(l.source(), l.gather()))
			.filter(Objects::nonNull) : Stream.empty();
		Stream<String> remedies = items.stream()
			.flatMap(i -> i.remedies().stream())
			.flatMap(r -> Stream.of(r.basis(), r.deadline(), r.afterExpiry()));
		// the case plan may take for an item an action its own list does not offer
		Stream<String> planned = (summary.plan() != null)
				? summary.plan().actions().stream().flatMap(a -> Stream.of(a.basis(), a.deadline(), a.afterExpiry()))
				: Stream.empty();
		Stream<String> actions = Stream.concat(remedies, planned).filter(Objects::nonNull);
		// a reason may name another instrument in its words: a note cited to
		// 证据规定第九十四条 names 互联网法院规定第十一条第二款 for a platform's certificate
		return Stream.of(reasons.flatMap(r -> Stream.of(r.citation(), r.text())), sources, actions)
			.flatMap(s -> s)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * The day whose version a law is named in: the law date, or the law's first or last
	 * day when it was not in force then (the Contract Law cited for a loan made before
	 * the Civil Code, in a case heard after it, is named with its own dates).
	 */
	private static LocalDate within(Instrument law, LocalDate lawDate) {
		if (lawDate.isBefore(law.inForce())) {
			return law.inForce();
		}
		return (law.until() != null && lawDate.isAfter(law.until())) ? law.until() : lawDate;
	}

	private static AppliedInstrument applied(Instrument instrument, LocalDate date, boolean cited) {
		return new AppliedInstrument(instrument.id(), instrument.title(), instrument.documentOn(date),
				instrument.versionInForceOn(date), instrument.versionUntilOn(date), instrument.practice(), cited);
	}

}
