package com.evidenceassessor.casefile;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The published schema and the field documentation keep up with the fact vocabulary. */
class CaseFileSchemaTest {

	@Test
	void thePublishedSchemaIsTheGeneratedOne() throws IOException {
		JsonNode published = Json.json().readTree(Path.of("docs/case-file.schema.json").toFile());
		assertThat(published)
			.as("docs/case-file.schema.json is stale: run ./assessor schema -o docs/case-file.schema.json")
			.isEqualTo(CaseFileSchema.generate());
	}

	@Test
	void everyExampleCaseValidatesAgainstTheSchema() throws IOException {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(CaseFileSchema.generate());
		try (Stream<Path> cases = Files.list(Path.of("cases"))) {
			for (Path folder : cases.filter(Files::isDirectory).toList()) {
				JsonNode caseFile = Json.yaml().readTree(folder.resolve("case.yaml").toFile());
				Set<ValidationMessage> problems = schema.validate(caseFile);
				assertThat(problems).as(folder.toString()).isEmpty();
			}
		}
	}

	@Test
	void theSchemaRejectsAnUnknownField() throws IOException {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(CaseFileSchema.generate());
		JsonNode bad = Json.yaml()
			.readTree("id: x\nlawDate: \"2024-01-01\"\nitems: [ { id: E1, kind: txt, foo: 1 } ]\n");
		assertThat(schema.validate(bad)).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void everyFieldIsDocumentedInCaseFileMd() throws IOException {
		String doc = Files.readString(Path.of("docs/case-file.md"));
		List<String> missing = new ArrayList<>();
		collect(LegalCase.class, "", doc, missing);
		assertThat(missing).as("fields missing from docs/case-file.md").isEmpty();
	}

	private static void collect(Class<?> record, String prefix, String doc, List<String> missing) {
		for (RecordComponent component : record.getRecordComponents()) {
			String name = component.getName();
			Class<?> type = component.getType();
			String path = prefix + name;
			if (!doc.contains("`" + path + "`")) {
				missing.add(path);
			}
			if (type.isRecord()) {
				collect(type, isGroup(record, type) ? name + "." : "", doc, missing);
			}
		}
	}

	private static boolean isGroup(Class<?> owner, Class<?> type) {
		return type.isRecord() && owner.getSimpleName().equals("EvidenceItem")
				|| type.getSimpleName().equals("Defences");
	}

}
