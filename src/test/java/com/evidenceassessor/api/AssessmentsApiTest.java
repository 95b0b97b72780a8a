package com.evidenceassessor.api;

import java.nio.file.Files;

import com.evidenceassessor.support.Json;
import com.evidenceassessor.web.WebTestSupport;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AssessmentsApiTest extends WebTestSupport {

	private static final String ASSESSMENTS = "/api/v1/assessments";

	@Autowired
	private MockMvc mvc;

	@org.springframework.boot.test.web.server.LocalServerPort
	private int port;

	@Test
	void aJsonCaseIsAssessedKeptAndCanBeReadBack() throws Exception {
		String json = Json.json().writeValueAsString(Json.yaml().readTree(Files.readString(EXAMPLE)));
		MvcResult created = this.mvc
			.perform(post(ASSESSMENTS).header(HttpHeaders.AUTHORIZATION, "Bearer " + LAWYER_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith(ASSESSMENTS + "/")))
			.andExpect(jsonPath("$.user").value(LAWYER))
			.andExpect(jsonPath("$.channel").value("api"))
			.andExpect(jsonPath("$.opinion.caseId").value("voice-only-loan-acknowledgement"))
			.andExpect(jsonPath("$.opinion.items[0].level").value("high"))
			.andExpect(jsonPath("$.opinion.items[0].needsCorroboration").value(true))
			.andExpect(jsonPath("$.opinion.items[0].remedies[0].gain").isNumber())
			.andExpect(jsonPath("$.opinion.stamp.ruleSetHash").isString())
			.andReturn();
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		this.mvc.perform(get(location).with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.opinion.items[0].score").value(
					(Integer) JsonPath.read(created.getResponse().getContentAsString(), "$.opinion.items[0].score")));
		this.mvc.perform(get(ASSESSMENTS).with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id)));
	}

	@Test
	void aYamlCaseIsAssessedAndScoresOnlySkipsTheRemedies() throws Exception {
		this.mvc
			.perform(post(ASSESSMENTS + "?scoresOnly=true").with(httpBasic(LAWYER, PASSWORD))
				.contentType("application/yaml")
				.content(Files.readAllBytes(EXAMPLE)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scoresOnly").value(true))
			.andExpect(jsonPath("$.opinion.items[0].remedies").isEmpty());
	}

	@Test
	void aMultipartUploadWithBillsAndEvidenceFilesIsAssessed() throws Exception {
		MockMultipartFile caseFile = new MockMultipartFile("case", "case.yaml", "application/x-yaml",
				Files.readAllBytes(EXAMPLE));
		MockMultipartFile voice = new MockMultipartFile("evidence", "E1-voice.amr", "audio/amr",
				"#!AMR\n0123456789".getBytes());
		MockMultipartFile bill = new MockMultipartFile("bills", "微信支付账单(20250101-20250131).csv", "text/csv",
				Files.readAllBytes(java.nio.file.Path.of("src/test/resources/bills/wechat-w1-sample.csv")));
		this.mvc.perform(multipart(ASSESSMENTS).file(caseFile).file(voice).file(bill).with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.opinion.caseId").value("voice-only-loan-acknowledgement"));
	}

	@Test
	void aBadCaseFileIsAProblemDetailNamingTheFileLineColumnAndField() throws Exception {
		String yaml = Files.readString(EXAMPLE).replace("kind: voice", "kind: voicemail");
		int line = lineOf(yaml, "kind: voicemail");
		this.mvc
			.perform(post(ASSESSMENTS).with(httpBasic(LAWYER, PASSWORD)).contentType("application/yaml").content(yaml))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:evidence-assessor:problem:invalid-input"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.file").value("request body (YAML)"))
			.andExpect(jsonPath("$.line").value(line))
			.andExpect(jsonPath("$.column").isNumber())
			.andExpect(jsonPath("$.field").value("items[0].kind"))
			.andExpect(jsonPath("$.problem").value(containsString("found 'voicemail'; expected one of text")));
	}

	@Test
	void anUploadedCaseFileWithAnErrorIsLocatedByItsOwnName() throws Exception {
		String yaml = Files.readString(EXAMPLE).replace("clear: true", "clear: maybe");
		MockMultipartFile caseFile = new MockMultipartFile("case", "王芳案.yaml", "application/x-yaml",
				yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.mvc.perform(multipart(ASSESSMENTS).file(caseFile).with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.file").value("王芳案.yaml"))
			.andExpect(jsonPath("$.line").value(lineOf(yaml, "clear: maybe")))
			.andExpect(jsonPath("$.field").value("items[0].voice.clear"));
	}

	@Test
	void jsonThatIsNotJsonIsAProblemWithItsLine() throws Exception {
		this.mvc
			.perform(post(ASSESSMENTS).with(httpBasic(LAWYER, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\n  \"id\": \"x\",\n  \"items\": [ }\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.line").value(3))
			.andExpect(jsonPath("$.file").value("request body (JSON)"))
			.andExpect(jsonPath("$.problem").value(containsString("Unexpected close marker")));
	}

	@Test
	void aMissingFieldIsAProblemWithItsFieldPath() throws Exception {
		this.mvc
			.perform(post(ASSESSMENTS).with(httpBasic(LAWYER, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\": \"x\", \"lawDate\": \"2025-01-01\", \"items\": [{\"id\": \"E1\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("items[0].kind"))
			.andExpect(jsonPath("$.problem").value(containsString("missing")));
	}

	@Test
	void anExecutableDisguisedAsAnImageIsRefused() throws Exception {
		MockMultipartFile caseFile = new MockMultipartFile("case", "case.yaml", "application/x-yaml",
				Files.readAllBytes(EXAMPLE));
		byte[] elf = new byte[64];
		elf[0] = 0x7f;
		elf[1] = 'E';
		elf[2] = 'L';
		elf[3] = 'F';
		elf[4] = 2;
		elf[5] = 1;
		elf[6] = 1;
		MockMultipartFile fake = new MockMultipartFile("evidence", "screenshot.jpg", "image/jpeg", elf);
		this.mvc.perform(multipart(ASSESSMENTS).file(caseFile).file(fake).with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.file").value("screenshot.jpg"))
			.andExpect(jsonPath("$.problem").value(containsString("program")));
	}

	@Test
	void aFileTypeThatIsNotEvidenceIsRefusedAndAMissingCasePartToo() throws Exception {
		MockMultipartFile caseFile = new MockMultipartFile("case", "case.yaml", "application/x-yaml",
				Files.readAllBytes(EXAMPLE));
		MockMultipartFile script = new MockMultipartFile("evidence", "run.sh", "text/x-sh", "#!/bin/sh".getBytes());
		this.mvc.perform(multipart(ASSESSMENTS).file(caseFile).file(script).with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problem").value(containsString("'.sh' are not accepted")));
		this.mvc.perform(multipart(ASSESSMENTS).file(script).with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("case")));
	}

	@Test
	void aBodyOverTheCaseFileLimitIsRefusedUnread() throws Exception {
		byte[] big = new byte[3 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) ' ');
		this.mvc
			.perform(post(ASSESSMENTS).with(httpBasic(LAWYER, PASSWORD)).contentType("application/yaml").content(big))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.type").value("urn:evidence-assessor:problem:too-large"));
	}

	@Test
	void anotherLawyerCannotSeeAnAssessmentButAnAdministratorCan() throws Exception {
		String id = assessAs(LAWYER);
		this.mvc.perform(get(ASSESSMENTS + "/" + id).with(httpBasic(OTHER_LAWYER, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:evidence-assessor:problem:not-found"));
		this.mvc.perform(get(ASSESSMENTS + "/" + id + "/report.pdf").with(httpBasic(OTHER_LAWYER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(ASSESSMENTS + "/" + id).with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void theReportsComeAsPdfAndHtml() throws Exception {
		String id = assessAs(LAWYER);
		MvcResult pdf = this.mvc.perform(get(ASSESSMENTS + "/" + id + "/report.pdf").with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString(".pdf")))
			.andReturn();
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		this.mvc.perform(get(ASSESSMENTS + "/" + id + "/report.html?lang=en").with(httpBasic(LAWYER, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("admissibility opinion")));
	}

	@Test
	void aRuleEditorMayNotAssessAndAWrongTokenOrPasswordIsRefused() throws Exception {
		this.mvc
			.perform(post(ASSESSMENTS).with(httpBasic(EDITOR, PASSWORD))
				.contentType("application/yaml")
				.content(Files.readAllBytes(EXAMPLE)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:evidence-assessor:problem:forbidden"));
		this.mvc.perform(get(ASSESSMENTS).header(HttpHeaders.AUTHORIZATION, "Bearer ea_not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
		this.mvc.perform(get(ASSESSMENTS).with(httpBasic(LAWYER, "wrong password")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:evidence-assessor:problem:unauthenticated"));
	}

	@Test
	void theApiNeverAcceptsTheBrowsersSessionCookie() throws Exception {
		MvcResult login = this.mvc
			.perform(post("/login").with(csrf()).param("username", LAWYER).param("password", PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		HttpSession session = login.getRequest().getSession(false);
		this.mvc.perform(get("/assessments").session((MockHttpSession) session)).andExpect(status().isOk());
		this.mvc.perform(get(ASSESSMENTS).session((MockHttpSession) session)).andExpect(status().isUnauthorized());
	}

	@Test
	void anUploadOverTheFileSizeLimitIsATooLargeProblemOverRealHttp() throws Exception {
		String boundary = "----assessor" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"case\"; filename=\"case.yaml\"\r\n"
				+ "Content-Type: application/x-yaml\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.write(Files.readAllBytes(EXAMPLE));
		body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; "
				+ "filename=\"video.mp4\"\r\nContent-Type: video/mp4\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.write(new byte[26 * 1024 * 1024]);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + ASSESSMENTS))
				.header("Authorization", "Bearer " + LAWYER_TOKEN)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(response.body()).contains("25 MB a file");
	}

	private String assessAs(String user) throws Exception {
		MockHttpServletRequestBuilder request = post(ASSESSMENTS).with(httpBasic(user, PASSWORD))
			.contentType("application/yaml")
			.content(Files.readAllBytes(EXAMPLE));
		MvcResult result = this.mvc.perform(request).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private static int lineOf(String text, String fragment) {
		String before = text.substring(0, text.indexOf(fragment));
		return (int) before.chars().filter(c -> c == '\n').count() + 1;
	}

}
