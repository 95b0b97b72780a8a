package com.evidenceassessor.rules;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.WireNames;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks the data files beside the DRL against the fact vocabulary, so a typo in
 * {@code remedies.yaml}, {@code deadlines.yaml}, {@code questions.yaml} or
 * {@code chains.yaml} fails when the rules load, not in the middle of an assessment:
 * field paths that exist on an item, kinds and causes that exist, chain elements in the
 * vocabulary and named in both languages, a source for every requirement.
 */
final class RuleDataChecks {

	/** An item with every group present and every field unknown: the shape of a path. */
	private static final ObjectNode ITEM_SHAPE = Json.json()
		.valueToTree(new EvidenceItem("shape", null, ItemKind.TEXT, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null));

	private final List<RuleProblem> problems;

	RuleDataChecks(List<RuleProblem> problems) {
		this.problems = problems;
	}

	void remedies(Map<String, Remedy> remedies, Map<String, Deadline> deadlines) {
		Set<String> timeLimits = new LinkedHashSet<>(deadlines.keySet());
		timeLimits.removeAll(Deadline.NOT_TIME_LIMITS);
		deadlines.values().forEach(limit -> timeLimits.remove(limit.whenPassed()));
		remedies.forEach((id, remedy) -> {
			String where = "remedy '" + id + "'";
			if (remedy.effort() == null || blank(remedy.actionZh()) || blank(remedy.actionEn())
					|| blank(remedy.basis())) {
				problem("remedies.yaml", where + " needs actionZh, actionEn, effort and basis");
			}
			if (remedy.deadline() != null && !timeLimits.contains(remedy.deadline())) {
				problem("remedies.yaml", where + " names deadline '" + remedy.deadline()
						+ "', which deadlines.yaml does not define as a time limit; expected one of " + timeLimits);
			}
			kinds("remedies.yaml", where, remedy.kinds());
			causes(where, remedy.causes());
			remedy.earlier()
				.stream()
				.filter(earlier -> earlier.before() == null || blank(earlier.basis())
						|| (earlier.actionZh() == null) != (earlier.actionEn() == null))
				.forEach(earlier -> problem("remedies.yaml", where
						+ " has an `earlier` entry without `before` or `basis`, or with its action in one language; "
						+ "expected the first day its texts as written apply, the basis then, and both actions or neither"));
			remedy.requires().keySet().forEach(path -> condition("remedies.yaml", where + " requires", path));
			remedy.evenAtNoGainWhen()
				.keySet()
				.forEach(path -> condition("remedies.yaml", where + " evenAtNoGainWhen", path));
			remedyVariants(where, remedy);
			remedy.set().keySet().forEach(path -> path("remedies.yaml", where + " sets", path, false));
			remedy.append().keySet().forEach(path -> path("remedies.yaml", where + " appends to", path, true));
			if (remedy.set().isEmpty() && remedy.append().isEmpty()) {
				problem("remedies.yaml", where + " changes nothing; expected `set` or `append`");
			}
			remedy.set().forEach((path, value) -> fits("remedies.yaml", where + " sets", path, value, false));
			remedy.append().forEach((path, value) -> fits("remedies.yaml", where + " appends to", path, value, true));
			if (remedy.group() != null && remedies.containsKey(remedy.group())) {
				problem("remedies.yaml", where + " is in group '" + remedy.group()
						+ "', which is also a remedy's id; expected a group name no remedy has");
			}
		});
	}

	private void remedyVariants(String where, Remedy remedy) {
		variants(where, remedy.variants());
		for (Remedy.EarlierLaw earlier : remedy.earlier()) {
			if (!earlier.variants().isEmpty() && earlier.actionZh() == null) {
				problem("remedies.yaml", where + " has an `earlier` entry (before " + earlier.before()
						+ ") with variants but no action of its own; expected its actionZh and actionEn");
			}
			variants(where + " before " + earlier.before(), earlier.variants());
		}
	}

	private void variants(String where, List<Remedy.Variant> variants) {
		for (Remedy.Variant variant : variants) {
			String worded = where + " in other words";
			kinds("remedies.yaml", worded, variant.kinds());
			variant.when().keySet().forEach(path -> wording("remedies.yaml", worded + " when", path));
			if (blank(variant.actionZh()) || blank(variant.actionEn())) {
				problem("remedies.yaml", worded + " needs actionZh and actionEn");
			}
		}
	}

	void deadlines(Map<String, Deadline> deadlines, Map<String, Remedy> remedies) {
		Set<String> named = new HashSet<>();
		remedies.values().forEach(remedy -> named.add(remedy.deadline()));
		named.addAll(Deadline.NOT_TIME_LIMITS);
		deadlines.values().forEach(limit -> named.add(limit.whenPassed()));
		if (!deadlines.isEmpty() && !deadlines.containsKey(Deadline.AFTER_EXPIRY)) {
			problem("deadlines.yaml", "no entry '" + Deadline.AFTER_EXPIRY
					+ "'; expected one saying what follows once a time limit has passed (late evidence)");
		}
		deadlines.forEach((name, deadline) -> {
			String where = "deadline '" + name + "'";
			if (blank(deadline.zh()) || blank(deadline.en())) {
				problem("deadlines.yaml", where + " needs zh and en");
			}
			if (!named.contains(name)) {
				problem("deadlines.yaml", where + " is named by no remedy");
			}
			if (deadline.whenPassed() != null && !deadlines.containsKey(deadline.whenPassed())) {
				problem("deadlines.yaml", where + " names `whenPassed: " + deadline.whenPassed()
						+ "`, which deadlines.yaml does not define; expected an entry of that name");
			}
			dueDays(where, deadline.dueDaysBefore());
			deadline.earlier().forEach(earlier -> earlierDeadline(where, earlier));
		});
	}

	private void earlierDeadline(String where, Deadline.Earlier earlier) {
		if (earlier.before() == null) {
			problem("deadlines.yaml", where + " has an `earlier` entry without `before`; expected the first day its "
					+ "texts as written apply");
			return;
		}
		String entry = where + " before " + earlier.before();
		if ((earlier.zh() == null) != (earlier.en() == null)) {
			problem("deadlines.yaml", entry + " gives its text in one language only; expected both or neither");
		}
		dueDays(entry, earlier.dueDaysBefore());
	}

	private void dueDays(String where, Integer days) {
		if (days != null && days < 0) {
			problem("deadlines.yaml", where + " has dueDaysBefore " + days + "; expected a number of days, 0 or more");
		}
	}

	void questions(List<Question> questions, Map<String, Remedy> remedies) {
		Set<String> seen = new HashSet<>();
		for (Question question : questions) {
			String where = "question on '" + question.field() + "'";
			path("questions.yaml", "question on", question.field(), false);
			question.when().keySet().forEach(path -> condition("questions.yaml", where + " asked when", path));
			kinds("questions.yaml", where, question.kinds());
			if (question.best() == null || question.worst() == null || blank(question.questionZh())
					|| blank(question.questionEn())) {
				problem("questions.yaml", where + " needs questionZh, questionEn, best and worst");
			}
			fits("questions.yaml", where + ": best answer for", question.field(), question.best(), false);
			fits("questions.yaml", where + ": worst answer for", question.field(), question.worst(), false);
			for (Question.Variant variant : question.variants()) {
				String worded = where + " in other words";
				kinds("questions.yaml", worded, variant.kinds());
				variant.kinds()
					.stream()
					.filter(kind -> !question.kinds().isEmpty() && !question.kinds().contains(kind))
					.forEach(kind -> problem("questions.yaml", worded + " is for " + kind
							+ ", which it is not asked for; expected one of " + question.kinds()));
				variant.when().keySet().forEach(path -> condition("questions.yaml", worded + " when", path));
				if (blank(variant.zh()) || blank(variant.en())) {
					problem("questions.yaml", worded + " needs zh and en");
				}
				if (variant.best() != null) {
					fits("questions.yaml", worded + ": best answer for", question.field(), variant.best(), false);
				}
				if (variant.worst() != null) {
					fits("questions.yaml", worded + ": worst answer for", question.field(), variant.worst(), false);
				}
			}
			if (!seen.add(question.field())) {
				problem("questions.yaml", where + " is asked twice; expected one question per field");
			}
			question.settledBy()
				.forEach(id -> settles("questions.yaml", where, question.field(), remedies.get(id), id));
		}
	}

	private void settles(String file, String where, String field, Remedy remedy, String id) {
		if (remedy == null) {
			problem(file, where + " is settled by '" + id + "', which remedies.yaml does not define");
		}
		else if (!remedy.set().containsKey(field)) {
			problem(file, where + " is settled by '" + id + "', which does not set " + field
					+ "; expected a remedy whose `set` gives the fact");
		}
	}

	/**
	 * Every element a remedy names is one of {@code chains.yaml}'s. Without that file (it
	 * is optional) there is no vocabulary to check against.
	 */
	void remedyElements(Map<String, Remedy> remedies, Chains chains) {
		if (chains.elements().isEmpty()) {
			return;
		}
		remedies.forEach((id, remedy) -> remedy.elements()
			.stream()
			.filter(element -> !chains.elements().containsKey(element))
			.forEach(element -> problem("remedies.yaml", "remedy '" + id + "' bears on element '" + element
					+ "', which chains.yaml does not define; expected one of " + chains.elements().keySet())));
	}

	/**
	 * @param parameters the names of the parameters defined: an {@code admission} needs
	 * {@value Chains#ADMITTED_FACT}
	 */
	void chains(Chains chains, Set<String> parameters) {
		chains.elements().forEach((name, element) -> {
			if (element == null || blank(element.zh()) || blank(element.en())) {
				problem("chains.yaml", "element '" + name + "': expected zh and en");
			}
			else {
				recordKind(name, "officialRecord", element.officialRecord(), chains.officialRecord(),
						Chains.OFFICIAL_RECORD, parameters);
				recordKind(name, "signedDocument", element.signedDocument(), chains.signedDocument(),
						Chains.SIGNED_DOCUMENT, parameters);
				recordKind(name, "opponentsRecord", element.opponentsRecord(), chains.opponentsRecord(),
						Chains.OPPONENTS_RECORD, parameters);
				recordKind(name, "thirdPartyRecord", element.thirdPartyRecord(), chains.thirdPartyRecord(),
						Chains.THIRD_PARTY_RECORD, parameters);
			}
		});
		admission(chains.admission());
		if (chains.admission() != null && !parameters.contains(Chains.ADMITTED_FACT)) {
			problem("chains.yaml", "admission: expected the parameter " + Chains.ADMITTED_FACT
					+ " (rules/parameters), the strength of a fact the opponent admits");
		}
		chains.causes().forEach((cause, chain) -> {
			String where = "cause '" + cause + "'";
			if (WireNames.parse(CauseOfAction.class, cause) == null) {
				problem("chains.yaml",
						where + " is not a cause of action; expected one of " + WireNames.all(CauseOfAction.class));
			}
			if (chain.requirements().isEmpty()) {
				problem("chains.yaml", where + " has no requirements");
			}
			if (chain.datedBy() != null
					&& chain.requirements().stream().noneMatch(r -> chain.datedBy().equals(r.id()))) {
				problem("chains.yaml",
						where + ", datedBy '" + chain.datedBy() + "': expected the id of one of its requirements "
								+ chain.requirements().stream().map(Chains.Requirement::id).toList());
			}
			chain.claimants().forEach((claimant, label) -> {
				if (Chains.Requirement.UNSTATED.equals(claimant) || label == null || blank(label.zh())
						|| blank(label.en())) {
					problem("chains.yaml", where + ", claimant '" + claimant
							+ "': expected zh and en, and a name other than '" + Chains.Requirement.UNSTATED + "'");
				}
			});
			Set<String> ids = new HashSet<>();
			for (Chains.Requirement requirement : chain.requirements()) {
				String at = where + ", requirement '" + requirement.id() + "'";
				if (blank(requirement.id()) || !ids.add(requirement.id())) {
					problem("chains.yaml", at + ": expected a unique id");
				}
				String claimant = requirement.claimant();
				if (claimant != null && !Chains.Requirement.UNSTATED.equals(claimant)
						&& !chain.claimants().containsKey(claimant)) {
					problem("chains.yaml",
							at + " is for claimant '" + claimant + "'; expected one of the cause's `claimants` "
									+ chain.claimants().keySet() + " or '" + Chains.Requirement.UNSTATED + "'");
				}
				if (blank(requirement.source()) || blank(requirement.sourceEn()) || blank(requirement.labelZh())
						|| blank(requirement.labelEn())) {
					problem("chains.yaml", at + " needs labelZh, labelEn, source and sourceEn");
				}
				if ((requirement.gatherZh() == null) != (requirement.gatherEn() == null)) {
					problem("chains.yaml",
							at + " gives gatherZh or gatherEn without the other; expected both or neither");
				}
				if ((requirement.gatherWhenFixedZh() == null) != (requirement.gatherWhenFixedEn() == null)) {
					problem("chains.yaml", at
							+ " gives gatherWhenFixedZh or gatherWhenFixedEn without the other; expected both or neither");
				}
				earlierSources(at, requirement.earlier());
				Chains.Provision limitation = requirement.limitation();
				if (limitation != null) {
					if (!requirement.supporting() || blank(limitation.source()) || blank(limitation.sourceEn())) {
						problem("chains.yaml", at + " has a `limitation`; expected it on a supporting link, with "
								+ "source and sourceEn");
					}
					earlierSources(at + ", limitation", limitation.earlier());
				}
				if (requirement.elements().isEmpty()) {
					problem("chains.yaml", at + " names no elements");
				}
				requirement.elements()
					.stream()
					.filter(e -> chains.element(e) == null)
					.forEach(e -> problem("chains.yaml",
							at + " names element '" + e + "', which is not under `elements`"));
			}
		});
	}

	private void kinds(String file, String where, List<String> kinds) {
		for (String kind : kinds) {
			if (WireNames.parse(ItemKind.class, kind) == null) {
				problem(file, where + " names kind '" + kind + "'; expected one of " + WireNames.all(ItemKind.class));
			}
		}
	}

	private void causes(String where, List<String> causes) {
		for (String cause : causes) {
			if (WireNames.parse(CauseOfAction.class, cause) == null) {
				problem("remedies.yaml",
						where + " names cause '" + cause + "'; expected one of " + WireNames.all(CauseOfAction.class));
			}
		}
	}

	/**
	 * A field a condition may name: the item's, or the case's about the item; not what
	 * the assessment concludes ({@link CaseFields#ACCOUNT_TIED}), which only a wording
	 * may.
	 */
	private void condition(String file, String where, String path) {
		if (CaseFields.ACCOUNT_TIED.equals(path)) {
			problem(file, where + " '" + path
					+ "', which is read from the assessment: only an action's variants may name it");
		}
		wording(file, where, path);
	}

	/**
	 * A field an action's variant may name: a condition's, or what the assessment
	 * concludes.
	 */
	private void wording(String file, String where, String path) {
		if (!CaseFields.isCaseField(path)) {
			path(file, where, path, false);
		}
	}

	private void path(String file, String where, String path, boolean list) {
		JsonNode node = ITEM_SHAPE;
		for (String part : path.split("\\.", -1)) {
			node = (node != null && node.isObject()) ? node.get(part) : null;
		}
		boolean fits = node != null && (list == node.isArray());
		if (!fits) {
			problem(file, where + " '" + path + "', which is not " + (list ? "a list field" : "a field")
					+ " of an item (docs/case-file.md)");
		}
	}

	/**
	 * The value fits the field as the case-file reader reads it (an enum constant by its
	 * wire name, a boolean as a boolean): written into an item and read back.
	 */
	private void fits(String file, String where, String path, Object value, boolean list) {
		String[] parts = path.split("\\.", -1);
		ObjectNode item = ITEM_SHAPE.deepCopy();
		JsonNode parent = item;
		for (int i = 0; i < parts.length - 1; i++) {
			parent = parent.path(parts[i]);
		}
		if (!(parent instanceof ObjectNode object) || !object.has(parts[parts.length - 1])) {
			return;
		}
		JsonNode node = Json.json().valueToTree(value);
		if (list) {
			object.putArray(parts[parts.length - 1]).add(node);
		}
		else {
			object.set(parts[parts.length - 1], node);
		}
		try {
			Json.json().treeToValue(item, EvidenceItem.class);
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			String reason = (ex instanceof JsonProcessingException json) ? json.getOriginalMessage() : ex.getMessage();
			problem(file, where + " '" + path + "': the value " + value + " does not fit the field (" + reason + ")");
		}
	}

	private void problem(String file, String message) {
		this.problems.add(new RuleProblem(file, 0, message));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private void earlierSources(String at, List<Chains.EarlierSource> entries) {
		for (Chains.EarlierSource earlier : entries) {
			if (earlier.before() == null || blank(earlier.source()) || blank(earlier.sourceEn())) {
				problem("chains.yaml", at + " has an `earlier` entry without before, source and sourceEn");
			}
		}
	}

	/**
	 * An element a record filed proves by itself ({@code field}: an official record, a
	 * signed document) names a kind of outside evidence, and the file gives the provision
	 * that presumes such a record true and the parameter for its strength.
	 */
	private void recordKind(String element, String field, String kind, Chains.Provision presumption, String parameter,
			Set<String> parameters) {
		if (kind == null) {
			return;
		}
		if (WireNames.parse(OutsideEvidenceKind.class, kind) == null) {
			problem("chains.yaml", "element '" + element + "': " + field + " '" + kind + "' is not a kind of "
					+ "outside evidence; expected one of " + WireNames.all(OutsideEvidenceKind.class));
		}
		if (presumption == null || blank(presumption.source()) || blank(presumption.sourceEn())
				|| !parameters.contains(parameter)) {
			problem("chains.yaml", "element '" + element + "' names " + field + ": expected `" + field
					+ "` with source and sourceEn, and the parameter " + parameter + " (rules/parameters)");
		}
	}

	private void admission(Chains.Admission admission) {
		if (admission == null) {
			return;
		}
		Stream<Chains.Admission> texts = Stream.concat(Stream.of(admission),
				admission.earlier().stream().map(Chains.EarlierAdmission::texts));
		if (admission.earlier().stream().anyMatch(e -> e.before() == null) || texts.anyMatch(
				t -> Stream.of(t.source(), t.sourceEn(), t.barred(), t.barredEn(), t.withdrawal(), t.withdrawalEn())
					.anyMatch(RuleDataChecks::blank))) {
			problem("chains.yaml", "admission: expected source, sourceEn, barred, barredEn, withdrawal and "
					+ "withdrawalEn, and a date 'before' on each earlier entry");
		}
	}

}
