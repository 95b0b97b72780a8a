package com.evidenceassessor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint the application maps refuses a request without a login: the API and the
 * OpenAPI document answer 401, every page redirects to the login page (a form post
 * without its CSRF token is refused before that, with 403). The only exceptions are the
 * login page itself and the health check.
 */
class AnonymousAccessTest extends WebTestSupport {

	private static final Set<String> PUBLIC = Set.of("GET /login");

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyMappedEndpointRefusesAnAnonymousRequest() throws Exception {
		List<String> checked = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			for (String pattern : mapping.getKey().getPatternValues()) {
				for (HttpMethod method : methods(mapping.getKey())) {
					String path = pattern.replaceAll("\\{[^}]+}", "x1").replace("/**", "/x");
					if (PUBLIC.contains(method.name() + " " + pattern)) {
						continue;
					}
					MockHttpServletResponse response = this.mvc.perform(request(method, path))
						.andReturn()
						.getResponse();
					if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
						assertThat(response.getStatus()).as(method + " " + path).isEqualTo(401);
					}
					else if (method != HttpMethod.GET) {
						assertThat(response.getStatus()).as(method + " " + path + " without a CSRF token")
							.isEqualTo(403);
						response = this.mvc.perform(request(method, path).with(csrf())).andReturn().getResponse();
						assertThat(response.getStatus()).as(method + " " + path).isEqualTo(302);
						assertThat(response.getRedirectedUrl()).as(method + " " + path).endsWith("/login");
					}
					else {
						assertThat(response.getStatus()).as(method + " " + path).isEqualTo(302);
						assertThat(response.getRedirectedUrl()).as(method + " " + path).endsWith("/login");
					}
					checked.add(method + " " + path);
				}
			}
		}
		assertThat(checked).hasSizeGreaterThan(20)
			.contains("POST /api/v1/assessments", "POST /api/v1/rules/reload", "GET /assessments/x1/report.pdf",
					"POST /rules/reload", "GET /batches/x1/x1", "GET /v3/api-docs");
	}

	@Test
	void theLoginPageAndTheHealthCheckAreOpenAndSayNothingConfidential() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/css/app.css")).andExpect(status().isOk());
	}

	private static List<HttpMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		if (declared.isEmpty()) {
			return List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
		}
		return declared.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
	}

}
