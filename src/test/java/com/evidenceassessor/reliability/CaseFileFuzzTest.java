package com.evidenceassessor.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.support.InputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated case files (YAML and JSON) are read or refused with an
 * {@link InputException} that names the file — never any other exception, whatever the
 * bytes. The seeds are the example cases under {@code cases/} and a JSON case; mutations
 * flip, cut, insert YAML and JSON metacharacters, duplicate and drop lines.
 */
class CaseFileFuzzTest {

	private static final List<byte[]> YAML = exampleCases();

	private static final String JSON = """
			{"id": "fuzz", "causeOfAction": "privateLending", "lawDate": "2024-06-01",
			 "parties": [{"id": "plaintiff", "role": "plaintiff", "name": "原告", "client": true},
			             {"id": "defendant", "role": "defendant", "name": "被告"}],
			 "items": [{"id": "E1", "kind": "text", "counterparty": "defendant", "time": "2024-03-01T09:58:00",
			            "custody": {"notarized": true}}]}
			""";

	private static final List<String> TOKENS = List.of("{", "}", "[", "]", ":", ",", "- ", "&a ", "*a", "!!str ",
			"!!java.io.File ", "? ", "|", ">", "\"", "'", "#", "%YAML 1.1\n", "---\n", "...\n", "<<: *a\n", "\t",
			"\u0000", "\uFEFF", "null", "~", "1e400", "-0", ".inf", "2026-02-30", "\n  ", "\\u0000", "\\ud800");

	@Example
	void theSeedsAreValidCaseFiles() {
		assertThat(YAML).hasSizeGreaterThan(3);
		for (byte[] seed : YAML) {
			CaseFileReader.parse(seed, "seed.yaml", false, null);
		}
		CaseFileReader.parse(JSON.getBytes(StandardCharsets.UTF_8), "seed.json", true, null);
	}

	@Property(tries = 400)
	void mutatedCaseFilesFailOnlyWithLocatedInputErrors(@ForAll("mutated") Input input) {
		readOrRefuse(input);
	}

	@Property(tries = 200)
	void randomTextFailsOnlyWithLocatedInputErrors(@ForAll("random") Input input) {
		readOrRefuse(input);
	}

	private static List<byte[]> exampleCases() {
		try (java.util.stream.Stream<java.nio.file.Path> cases = java.nio.file.Files
			.list(java.nio.file.Path.of("cases"))) {
			List<byte[]> seeds = new java.util.ArrayList<>();
			for (java.nio.file.Path folder : cases.sorted().toList()) {
				java.nio.file.Path file = folder.resolve("case.yaml");
				if (java.nio.file.Files.isRegularFile(file)) {
					seeds.add(java.nio.file.Files.readAllBytes(file));
				}
			}
			return seeds;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void readOrRefuse(Input input) {
		try {
			CaseFileReader.parse(input.bytes(), input.source(), input.json(), null);
		}
		catch (InputException ex) {
			assertThat(ex.location().file()).isEqualTo(input.source());
			assertThat(ex.getMessage()).doesNotContain("\n\tat ");
		}
	}

	@Provide
	Arbitrary<Input> mutated() {
		Arbitrary<Boolean> json = Arbitraries.of(true, false);
		Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(6);
		return Combinators.combine(json, mutations).as((isJson, list) -> {
			byte[] bytes = isJson ? JSON.getBytes(StandardCharsets.UTF_8) : YAML.get(list.size() % YAML.size());
			for (Mutation mutation : list) {
				bytes = mutation.apply(bytes);
			}
			return new Input(bytes, isJson ? "case.json" : "case.yaml", isJson);
		});
	}

	@Provide
	Arbitrary<Input> random() {
		Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(400),
				Arbitraries.of(TOKENS).list().ofMaxSize(80).map((tokens) -> String.join("", tokens)));
		return Combinators.combine(text, Arbitraries.of(true, false))
			.as((t, isJson) -> new Input(t.getBytes(StandardCharsets.UTF_8), isJson ? "r.json" : "r.yaml", isJson));
	}

	private static Arbitrary<Mutation> mutation() {
		Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
		return Arbitraries.oneOf(
				Combinators.combine(at, Arbitraries.integers().between(0, 255))
					.as((where, value) -> (Mutation) (b) -> flip(b, where, value)),
				at.map((where) -> (Mutation) (b) -> java.util.Arrays.copyOf(b, (int) (b.length * where))),
				Combinators.combine(at, Arbitraries.of(TOKENS))
					.as((where, token) -> (Mutation) (b) -> insert(b, where, token)),
				Combinators.combine(at, Arbitraries.of(true, false))
					.as((where, duplicate) -> (Mutation) (b) -> lines(b, where, duplicate)));
	}

	private static byte[] flip(byte[] bytes, double where, int value) {
		if (bytes.length == 0) {
			return bytes;
		}
		byte[] copy = bytes.clone();
		copy[Math.min(copy.length - 1, (int) (copy.length * where))] = (byte) value;
		return copy;
	}

	private static byte[] insert(byte[] bytes, double where, String token) {
		int at = (int) (bytes.length * where);
		byte[] add = token.getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[bytes.length + add.length];
		System.arraycopy(bytes, 0, out, 0, at);
		System.arraycopy(add, 0, out, at, add.length);
		System.arraycopy(bytes, at, out, at + add.length, bytes.length - at);
		return out;
	}

	private static byte[] lines(byte[] bytes, double where, boolean duplicate) {
		List<String> lines = new java.util.ArrayList<>(
				List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
		int at = Math.min(lines.size() - 1, (int) (lines.size() * where));
		if (duplicate) {
			lines.add(at, lines.get(at));
		}
		else {
			lines.remove(at);
		}
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	@FunctionalInterface
	interface Mutation {

		byte[] apply(byte[] bytes);

	}

	record Input(byte[] bytes, String source, boolean json) {

		@Override
		public String toString() {
			return this.source + ": " + new String(this.bytes, StandardCharsets.UTF_8);
		}

	}

}
