package com.evidenceassessor.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.evidenceassessor.rules.Instrument;
import com.evidenceassessor.rules.Parameter;
import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleProblem;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.ruletests.ScenarioCoverage;
import com.evidenceassessor.ruletests.ScenarioCoverage.ScenarioRef;
import com.evidenceassessor.ruletests.ScenarioFiles;
import com.evidenceassessor.support.WireNames;

/**
 * The rule book: every instrument, every rule file with the statute text from its header,
 * every rule with its metadata, the item of the article it implements, its points and the
 * scenarios that test it, the catalogue of provisions, and the coverage figures. What a
 * senior lawyer reads to review the rules without reading DRL.
 *
 * @param folder the rules folder
 * @param hash the rule set's hash
 * @param instruments every instrument
 * @param sections one per folder under {@code rules/}, in path order
 * @param provisions the catalogue
 * @param coverage the figures
 */
public record RuleBook(String folder, String hash, List<Instrument> instruments, List<Section> sections,
		List<Provision> provisions, Coverage coverage) {

	public static RuleBook of(RuleSet ruleSet) {
		ScenarioCoverage scenarios = ScenarioCoverage.of(new ScenarioFiles(ruleSet.folder()));
		Catalogue catalogue = Catalogue.read(ruleSet.folder(), new ArrayList<RuleProblem>());
		Map<String, RuleInfo> byName = ruleSet.rules();
		Map<String, List<FilePage>> byFolder = new LinkedHashMap<>();
		for (DrlSource source : DrlSource.readAll(ruleSet.folder())) {
			List<RulePage> rules = source.rules()
				.stream()
				.filter(r -> byName.containsKey(r.name()))
				.map(r -> rule(ruleSet, byName.get(r.name()), r.comment(), scenarios, catalogue))
				.toList();
			String folder = source.file().contains("/") ? source.file().substring(0, source.file().indexOf('/')) : "";
			byFolder.computeIfAbsent(folder, k -> new ArrayList<>())
				.add(new FilePage(source.file(), source.header(), rules));
		}
		List<Section> sections = byFolder.entrySet()
			.stream()
			.map(e -> new Section(e.getKey(), ruleSet.instruments().get(e.getKey()), e.getValue()))
			.toList();
		List<Provision> provisions = catalogue.entries()
			.entrySet()
			.stream()
			.map(e -> new Provision(e.getKey(), e.getValue().rule(), e.getValue().basis(), e.getValue().modelledBy(),
					e.getValue().notModelled()))
			.toList();
		return new RuleBook(ruleSet.folder().toString(), ruleSet.hash(), List.copyOf(ruleSet.instruments().values()),
				sections, provisions, coverage(ruleSet, scenarios, catalogue));
	}

	private static RulePage rule(RuleSet ruleSet, RuleInfo info, String comment, ScenarioCoverage scenarios,
			Catalogue catalogue) {
		Parameter points = (info.pointsParameter() != null) ? ruleSet.parameters().get(info.pointsParameter()) : null;
		Map<LocalDate, BigDecimal> values = (points != null) ? points.values() : Map.of();
		return new RulePage(info.id(), info.name(), info.file(), info.line(), info.citation(), info.fullCitation(),
				WireNames.of(info.dimension()), WireNames.of(info.effect()), info.pointsParameter(), values,
				info.establishes(), info.reasonZh(), info.reasonEn(), info.remedies(), from(info), to(info), comment,
				scenarios.scenariosFor(info.id()), catalogue.provisionsOf(info.id()),
				scenarios.hasPositive(info.id()) && scenarios.hasNegative(info.id()));
	}

	private static LocalDate from(RuleInfo info) {
		return (info.effective() != null) ? info.effective() : info.instrument().inForce();
	}

	private static LocalDate to(RuleInfo info) {
		return (info.expires() != null) ? info.expires() : info.instrument().until();
	}

	private static Coverage coverage(RuleSet ruleSet, ScenarioCoverage scenarios, Catalogue catalogue) {
		int rules = ruleSet.allRules().size();
		int both = 0;
		int untested = 0;
		for (RuleInfo rule : ruleSet.allRules()) {
			boolean positive = scenarios.hasPositive(rule.id());
			boolean negative = scenarios.hasNegative(rule.id());
			both += (positive && negative) ? 1 : 0;
			untested += (!positive && !negative) ? 1 : 0;
		}
		Set<String> catalogued = catalogue.entries()
			.values()
			.stream()
			.flatMap(e -> e.modelledBy().stream())
			.collect(Collectors.toSet());
		int outside = (int) ruleSet.allRules().stream().filter(r -> !catalogued.contains(r.id())).count();
		int modelled = (int) catalogue.entries().values().stream().filter(e -> !e.modelledBy().isEmpty()).count();
		int excused = (int) catalogue.entries()
			.values()
			.stream()
			.filter(e -> e.modelledBy().isEmpty() && e.notModelled() != null)
			.count();
		int scenarioCount = scenarios.files().stream().mapToInt(f -> f.content().scenarios().size()).sum();
		return new Coverage(rules, both, rules - both - untested, untested, scenarioCount, catalogue.entries().size(),
				modelled, excused, outside);
	}

	/**
	 * The rule files under one folder of {@code rules/}.
	 *
	 * @param folder the folder, by convention an instrument id
	 * @param instrument the instrument of that id, or {@code null}
	 * @param files its rule files
	 */
	public record Section(String folder, Instrument instrument, List<FilePage> files) {

	}

	/**
	 * One rule file.
	 *
	 * @param file the file, relative to {@code rules/}
	 * @param header its header: instrument, article, statute text
	 * @param rules its rules
	 */
	public record FilePage(String file, String header, List<RulePage> rules) {

	}

	/**
	 * One rule, for reading.
	 *
	 * @param id its id
	 * @param name its name
	 * @param file its file
	 * @param line its line
	 * @param citation the short citation
	 * @param fullCitation the full citation
	 * @param dimension the dimension it speaks to
	 * @param effect what its finding does
	 * @param pointsParameter the parameter of its points, or {@code null}
	 * @param pointsValues the parameter's values by the date they apply from
	 * @param establishes what other rules can build on
	 * @param reasonZh the reason in Chinese
	 * @param reasonEn the reason in English
	 * @param remedies the remedies it names
	 * @param from the first day it applies
	 * @param to the last day it applies, {@code null} while in force
	 * @param comment the item of the article written above it
	 * @param scenarios the scenarios that name it
	 * @param provisions the catalogue provisions it models
	 * @param fullyTested it has a scenario where it fires and one where it must not
	 */
	public record RulePage(String id, String name, String file, int line, String citation, String fullCitation,
			String dimension, String effect, String pointsParameter, Map<LocalDate, BigDecimal> pointsValues,
			String establishes, String reasonZh, String reasonEn, List<String> remedies, LocalDate from, LocalDate to,
			String comment, List<ScenarioRef> scenarios, List<String> provisions, boolean fullyTested) {

	}

	/**
	 * One provision of the catalogue.
	 *
	 * @param id its id, e.g. R05
	 * @param rule what it says
	 * @param basis the articles
	 * @param modelledBy the rules that model it
	 * @param notModelled why it is not modelled
	 */
	public record Provision(String id, String rule, String basis, List<String> modelledBy, String notModelled) {

	}

	/**
	 * The coverage figures.
	 *
	 * @param rules rules
	 * @param fullyTested rules with a positive and a negative scenario
	 * @param partlyTested rules with only one of the two
	 * @param untested rules no scenario names
	 * @param scenarios scenarios
	 * @param provisions provisions in the catalogue
	 * @param provisionsModelled provisions modelled by rules
	 * @param provisionsNotModelled provisions deliberately not modelled
	 * @param rulesOutsideCatalogue rules that model no catalogue provision
	 */
	public record Coverage(int rules, int fullyTested, int partlyTested, int untested, int scenarios, int provisions,
			int provisionsModelled, int provisionsNotModelled, int rulesOutsideCatalogue) {

	}

}
