package com.evidenceassessor.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import com.evidenceassessor.store.PostgresServer;
import com.evidenceassessor.web.WebTestSupport;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web server with its history on PostgreSQL (spring.datasource.url set, as
 * docs/web.md describes): the migrations apply, an assessment made through the API is a
 * row in PostgreSQL and is read back from there.
 */
class WebOnPostgresTest extends WebTestSupport {

	private static Path folder;

	private static PostgresServer.Database database;

	@Autowired
	private MockMvc mvc;

	@BeforeAll
	static void database() throws Exception {
		folder = Files.createTempDirectory("assessor-web-pg-");
		database = PostgresServer.shared().newDatabase(folder);
	}

	@AfterAll
	static void cleanUp() {
		FileSystemUtils.deleteRecursively(folder.toFile());
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> database.url());
		properties.add("spring.datasource.username", () -> "assessor");
		properties.add("spring.datasource.password", () -> "");
	}

	@Test
	void anAssessmentMadeThroughTheApiIsKeptInPostgresql() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/assessments").with(httpBasic(LAWYER, PASSWORD))
				.contentType("application/yaml")
				.content(Files.readAllBytes(EXAMPLE)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		int score = JsonPath.read(created, "$.opinion.summary.score");

		try (Connection connection = database.connect();
				var statement = connection.prepareStatement(
						"SELECT username, case_id, score, opinion_json FROM web_assessment WHERE id = ?")) {
			statement.setString(1, id);
			try (ResultSet row = statement.executeQuery()) {
				assertThat(row.next()).as("the assessment is a row in PostgreSQL").isTrue();
				assertThat(row.getString("username")).isEqualTo(LAWYER);
				assertThat(row.getString("case_id")).isEqualTo("voice-only-loan-acknowledgement");
				assertThat(row.getInt("score")).isEqualTo(score);
				assertThat(row.getString("opinion_json")).contains("\"caseId\"");
			}
		}
		this.mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opinion.summary.score").value(score));
	}

}
