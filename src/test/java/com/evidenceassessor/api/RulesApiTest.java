package com.evidenceassessor.api;

import java.nio.file.Files;
import java.nio.file.Path;

import com.evidenceassessor.web.WebTestSupport;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RulesApiTest extends WebTestSupport {

	@Autowired
	private MockMvc mvc;

	@Test
	void theRulesInServiceAreListedWithTheirCitationsAndHash() throws Exception {
		this.mvc.perform(get("/api/v1/rules").with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hash").isString())
			.andExpect(jsonPath("$.ruleCount", greaterThan(20)))
			.andExpect(jsonPath("$.rules[?(@.id == 'spc-evidence-2019/93-1.official-client')].citation")
				.value(org.hamcrest.Matchers.hasItem("证据规定（2019）第九十三条第一款第（一）项")))
			.andExpect(jsonPath("$.rules[0].dimension").isString());
	}

	@Test
	void onlyARuleEditorMayReloadAndABrokenRuleIsRefusedWithFileAndLineWhileTheOldRulesServe() throws Exception {
		this.mvc.perform(post("/api/v1/rules/reload").with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isForbidden());
		String before = JsonPath.read(this.mvc.perform(get("/api/v1/rules").with(httpBasic(EDITOR, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.hash");
		Path drl = RULES.resolve("spc-evidence-2019/art93-authenticity-factors.drl");
		String original = Files.readString(drl);
		try {
			Files.writeString(drl, original.replaceFirst("when\n", "when\n\t\\$i : EvidenceItem( nonsense == ) \n"));
			this.mvc.perform(post("/api/v1/rules/reload").with(httpBasic(EDITOR, PASSWORD)))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.hashInService").value(before))
				.andExpect(jsonPath("$.problems[0].file").value(containsString("art93-authenticity-factors.drl")))
				.andExpect(jsonPath("$.problems[0].line", greaterThan(0)));
			this.mvc.perform(get("/api/v1/rules").with(httpBasic(EDITOR, PASSWORD)))
				.andExpect(jsonPath("$.hash").value(before))
				.andExpect(jsonPath("$.lastReload.succeeded").value(false));
			this.mvc
				.perform(post("/api/v1/assessments").with(httpBasic(LAWYER, PASSWORD))
					.contentType("application/yaml")
					.content(Files.readAllBytes(EXAMPLE)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.opinion.stamp.ruleSetHash").value(before));
		}
		finally {
			Files.writeString(drl, original);
		}
		String after = JsonPath.read(this.mvc.perform(post("/api/v1/rules/reload").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.succeeded").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.hashInService");
		assertThat(after).isEqualTo(before);
	}

}
