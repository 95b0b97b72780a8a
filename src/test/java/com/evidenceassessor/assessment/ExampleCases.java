package com.evidenceassessor.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.cli.Main;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.rulebook.RulesFixture;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The example cases under cases/ and the project's rules, for tests that must hold for
 * every example (new examples are picked up without a change here); and a way to change a
 * case FILE, independent of {@link ItemPatch}, to check what the opinion promises.
 */
final class ExampleCases {

	private static RuleSet rules;

	private ExampleCases() {
	}

	/** The project's rules, compiled once for all the tests in the run. */
	static synchronized RuleSet rules() {
		if (rules == null) {
			rules = RuleSetLoader.load(Path.of("rules"));
		}
		return rules;
	}

	/** Every folder under cases/ that holds a case file. */
	static List<Path> folders() {
		try (Stream<Path> children = Files.list(Path.of("cases"))) {
			return children.filter(Files::isDirectory).filter(f -> caseFileIn(f) != null).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CaseFile read(Path folder) {
		return CaseFileReader.read(folder);
	}

	/**
	 * The folders of {@code cases} cases generated with {@code seed} into {@code archive}
	 * ({@code assessor generate}), in order.
	 */
	static List<Path> generated(Path archive, int cases, long seed) {
		if (Main.run("generate", "--cases", String.valueOf(cases), "--seed", String.valueOf(seed), "--out",
				archive.toString()) != 0) {
			throw new IllegalStateException("the generator failed");
		}
		try (Stream<Path> listed = Files.list(archive)) {
			return listed.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The case as a changed case file says it: the folder copied to {@code temp} (with
	 * its bills and evidence files), the case file's items edited as a lawyer would edit
	 * the YAML or JSON — set a field, add an entry to a list — and read back with the
	 * case-file reader.
	 */
	static CaseFile changedFile(Path folder, List<ItemPatch> changes, Path temp) {
		try {
			Path copy = Files.createTempDirectory(temp, folder.getFileName().toString());
			RulesFixture.copyTree(folder, copy);
			Path file = caseFileIn(copy);
			ObjectMapper mapper = file.toString().endsWith(".json") ? Json.json() : Json.yaml();
			JsonNode tree = mapper.readTree(file.toFile());
			for (ItemPatch change : changes) {
				ObjectNode item = item(tree, change.itemId());
				change.set()
					.forEach((path, value) -> parent(item, path).set(last(path), Json.json().valueToTree(value)));
				change.append().forEach((path, value) -> {
					ObjectNode parent = parent(item, path);
					ArrayNode list = parent.has(last(path)) ? (ArrayNode) parent.get(last(path))
							: parent.putArray(last(path));
					list.add(Json.json().<JsonNode>valueToTree(value));
				});
			}
			Files.writeString(file, mapper.writeValueAsString(tree));
			return CaseFileReader.read(copy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ObjectNode item(JsonNode tree, String id) {
		for (JsonNode item : tree.get("items")) {
			if (id.equals(item.get("id").asText())) {
				return (ObjectNode) item;
			}
		}
		throw new IllegalArgumentException("no item " + id);
	}

	private static ObjectNode parent(ObjectNode item, String path) {
		String[] parts = path.split("\\.");
		ObjectNode node = item;
		for (int i = 0; i < parts.length - 1; i++) {
			node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
		}
		return node;
	}

	private static String last(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	private static Path caseFileIn(Path folder) {
		for (String name : List.of("case.yaml", "case.yml", "case.json")) {
			if (Files.isRegularFile(folder.resolve(name))) {
				return folder.resolve(name);
			}
		}
		return null;
	}

}
