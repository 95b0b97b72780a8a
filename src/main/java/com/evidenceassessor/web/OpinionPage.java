package com.evidenceassessor.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.rules.RuleSet;

/**
 * What the opinion page shows beside the opinion: where each citation's statute text is,
 * the score bands to draw on the chart, and the colour of each level.
 *
 * @param assessment the assessment
 * @param statuteAnchors the statute page anchor of each rule cited, by rule id
 * @param lowBand the lowest score of a low-risk item, or 0 when unknown
 * @param mediumBand the lowest score of a medium-risk item, or 0 when unknown
 */
record OpinionPage(StoredAssessment assessment, Map<String, String> statuteAnchors, int lowBand, int mediumBand) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static final Map<String, String> COLOURS = Map.of(Level.LOW.name(), "#1b7f3b", Level.MEDIUM.name(), "#b36b00",
			Level.HIGH.name(), "#b3261e", Level.EXCLUDED.name(), "#5f2a7a");

	static OpinionPage of(StoredAssessment assessment, RuleSet ruleSet, StatuteBook statutes) {
		Opinion opinion = assessment.opinion();
		Map<String, String> anchors = new LinkedHashMap<>();
		opinion.items().forEach(item -> item.reasons().forEach(reason -> link(anchors, statutes, reason)));
		opinion.summary().reasons().forEach(reason -> link(anchors, statutes, reason));
		return new OpinionPage(assessment, anchors, band(ruleSet, opinion, "scoring.band.low"),
				band(ruleSet, opinion, "scoring.band.medium"));
	}

	public Opinion opinion() {
		return this.assessment.opinion();
	}

	public String colour(Level level) {
		return COLOURS.get(level.name());
	}

	/** When it was made, in the server's time zone. */
	public String madeAt() {
		return TIME.format(this.assessment.createdAt().atZone(ZoneId.systemDefault()));
	}

	/** The colour of a score by the bands of the rules (green, amber, red). */
	public String bandColour(int score) {
		if (this.lowBand > 0 && score >= this.lowBand) {
			return colour(Level.LOW);
		}
		return (this.mediumBand > 0 && score >= this.mediumBand) ? colour(Level.MEDIUM) : colour(Level.HIGH);
	}

	/** How many items have this level. */
	public int count(Level level) {
		Integer count = opinion().summary().itemsByLevel().get(level);
		return (count != null) ? count : 0;
	}

	/** An item's score on a dimension by its name (authenticity, legality, ...). */
	public int dimension(Opinion.ItemOpinion item, String name) {
		Opinion.Dimensions d = item.dimensions();
		return switch (name) {
			case "authenticity" -> d.authenticity();
			case "legality" -> d.legality();
			case "relevance" -> d.relevance();
			case "sufficiency" -> d.sufficiency();
			default -> throw new IllegalArgumentException("no dimension " + name);
		};
	}

	public Level[] levels() {
		return Level.values();
	}

	/** The statute page link for a rule's citation, or {@code null}. */
	public String statuteLink(String ruleId) {
		String anchor = this.statuteAnchors.get(ruleId);
		return (anchor != null) ? "/statutes#" + anchor : null;
	}

	/** The chart's height: a bar per item. */
	public int chartHeight() {
		return 34 + 26 * opinion().items().size();
	}

	private static void link(Map<String, String> anchors, StatuteBook statutes, Opinion.Reason reason) {
		String anchor = statutes.anchorOf(reason.ruleId());
		if (anchor != null) {
			anchors.put(reason.ruleId(), anchor);
		}
	}

	private static int band(RuleSet ruleSet, Opinion opinion, String parameter) {
		try {
			return ruleSet.parameter(parameter, opinion.lawDate()).intValue();
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

}
