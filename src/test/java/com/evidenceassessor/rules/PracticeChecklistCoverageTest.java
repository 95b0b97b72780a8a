package com.evidenceassessor.rules;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.evidenceassessor.facts.EvidenceItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/practice-checklist.md} true: the coverage table from the
 * practitioners' checklist to the model names only rules, remedies and case-file fields
 * that exist, so renaming one without updating the table fails the build. In a table row
 * ({@code | point | fields | rules | remedies | note |}) each backticked name in the
 * fields, rules and remedies columns must be of that kind; a backticked name anywhere
 * else must be one of the three.
 */
class PracticeChecklistCoverageTest {

	private static final Path DOC = Path.of("docs/practice-checklist.md");

	private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

	private static Set<String> ruleIds;

	private static Set<String> remedyIds;

	@BeforeAll
	static void loadRules() {
		RuleSet rules = RuleSetLoader.load(Path.of("rules"));
		ruleIds = rules.allRules().stream().map(RuleInfo::id).collect(Collectors.toSet());
		remedyIds = rules.remedies().keySet();
	}

	@Test
	void everyBacktickedNameInTheCoverageTableExists() throws IOException {
		List<String> lines = Files.readAllLines(DOC);
		List<String> unknown = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n);
			boolean row = line.startsWith("|");
			String[] cells = row ? line.split("\\|", -1) : new String[] { line };
			if (row) {
				assertThat(cells).as("line %d has five columns: %s", n + 1, line).hasSize(7);
			}
			for (int column = 0; column < cells.length; column++) {
				Matcher names = BACKTICKED.matcher(cells[column]);
				while (names.find()) {
					String name = names.group(1);
					checked.add(name);
					String problem = problem(row ? column : 0, name);
					if (problem != null) {
						unknown.add("line " + (n + 1) + ": `" + name + "` " + problem);
					}
				}
			}
		}
		assertThat(unknown).as("names in %s that do not exist", DOC).isEmpty();
		assertThat(checked).as("the table names rules, remedies and fields")
			.contains("wechat-practice/screenshots.unverified", "notarise", "custody.shownInCourt");
	}

	/**
	 * Why a name does not fit its column, or null: in a row split at {@code |}, cell 2
	 * holds fields, 3 rules, 4 remedies; anywhere else a name may be any of them.
	 */
	private static String problem(int column, String name) {
		return switch (column) {
			case 2 -> isField(name) ? null : "is not a field of EvidenceItem";
			case 3 -> ruleIds.contains(name) ? null : "is not a rule id";
			case 4 -> remedyIds.contains(name) ? null : "is not a remedy id in rules/remedies.yaml";
			default -> (ruleIds.contains(name) || remedyIds.contains(name) || isField(name)) ? null
					: "is neither a rule id, a remedy id nor a field of EvidenceItem";
		};
	}

	/**
	 * A path of record components from {@link EvidenceItem}: {@code kind},
	 * {@code custody.shownInCourt}.
	 */
	private static boolean isField(String path) {
		Class<?> type = EvidenceItem.class;
		for (String name : path.split("\\.", -1)) {
			if (!type.isRecord()) {
				return false;
			}
			RecordComponent component = Arrays.stream(type.getRecordComponents())
				.filter(c -> c.getName().equals(name))
				.findFirst()
				.orElse(null);
			if (component == null) {
				return false;
			}
			type = component.getType();
		}
		return true;
	}

}
