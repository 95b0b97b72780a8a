package com.evidenceassessor.api;

import java.util.Locale;
import java.util.Map;

import com.evidenceassessor.web.WebTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OpenApiTest extends WebTestSupport {

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyApiEndpointIsDocumentedWithASummaryAndTheSecuritySchemes() throws Exception {
		JsonNode doc = new ObjectMapper()
			.readTree(this.mvc.perform(get("/v3/api-docs").with(httpBasic(LAWYER, PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			if (!mapping.getValue().getBeanType().getPackageName().equals("com.evidenceassessor.api")) {
				continue;
			}
			for (String path : mapping.getKey().getPatternValues()) {
				for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
					JsonNode operation = doc.path("paths").path(path).path(method.name().toLowerCase(Locale.ROOT));
					assertThat(operation.isMissingNode()).as(method + " " + path + " is documented").isFalse();
					assertThat(operation.path("summary").asText()).as(method + " " + path + " has a summary")
						.isNotBlank();
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(8);
		assertThat(doc.path("components").path("securitySchemes").has("basic")).isTrue();
		assertThat(doc.path("components").path("securitySchemes").has("token")).isTrue();
		JsonNode assess = doc.path("paths")
			.path("/api/v1/assessments")
			.path("post")
			.path("requestBody")
			.path("content");
		assertThat(assess.has("application/json")).isTrue();
		assertThat(assess.has("application/yaml")).isTrue();
		assertThat(assess.has("multipart/form-data")).isTrue();
		assertThat(doc.path("components").path("schemas").path("CaseUpload").path("properties").has("case")).isTrue();
	}

	@Test
	void enumValuesAreDocumentedAsTheyTravel() throws Exception {
		String doc = this.mvc.perform(get("/v3/api-docs").with(httpBasic(LAWYER, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(doc).contains("\"redPacket\"", "\"ownAccountOwnDevice\"").doesNotContain("\"RED_PACKET\"");
	}

	@Test
	void theSwaggerUiNeedsALoginLikeEverythingElse() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + LAWYER_TOKEN))
			.andExpect(status().isOk());
	}

}
