package com.evidenceassessor.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AssessmentPagesTest extends WebTestSupport {

	@Autowired
	private MockMvc mvc;

	@Test
	void theLoginPageIsChineseFirstAndSwitchesToEnglish() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("用户名"), containsString("lang=\"zh-CN\""))));
		MvcResult english = this.mvc.perform(get("/login?lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("User name")))
			.andExpect(cookie().value(WebMvcSettings.LANG_COOKIE, "en"))
			.andReturn();
		Cookie remembered = english.getResponse().getCookie(WebMvcSettings.LANG_COOKIE);
		this.mvc.perform(get("/login").cookie(remembered)).andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void signingInLeadsALawyerToANewAssessmentAndAWrongPasswordBack() throws Exception {
		this.mvc.perform(post("/login").with(csrf()).param("username", LAWYER).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").with(user(LAWYER).roles("LAWYER"))).andExpect(redirectedUrl("/assessments/new"));
		this.mvc.perform(get("/").with(user(EDITOR).roles("RULE_EDITOR"))).andExpect(redirectedUrl("/rules"));
		this.mvc.perform(post("/login").with(csrf()).param("username", LAWYER).param("password", "nope"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anUploadedCaseOpensItsOpinionWithChartCitationsAndRemedies() throws Exception {
		MockMultipartFile caseFile = new MockMultipartFile("case", "case.yaml", "application/x-yaml",
				Files.readAllBytes(EXAMPLE));
		MvcResult posted = this.mvc.perform(multipart("/assessments").file(caseFile).with(csrf()).with(lawyer()))
			.andExpect(redirectedUrlPattern("/assessments/*"))
			.andReturn();
		String page = posted.getResponse().getRedirectedUrl();
		this.mvc.perform(get(page).with(lawyer()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("王芳诉赵磊民间借贷纠纷"), containsString("高风险"),
					containsString("id=\"score-chart\""), containsString("/statutes#s-wechat-practice-voice-messages"),
					containsString("庭前补强建议"), containsString("report.pdf"))));
		this.mvc.perform(get(page + "?lang=en").with(lawyer()))
			.andExpect(content().string(allOf(containsString("high risk"), containsString("Before the hearing"),
					// open facts: each score named by the answer that gives it
					containsString("If unfavourable"), containsString("if no 45"),
					containsString("id=\"case-questions\""), containsString("if yes 70 / if no 45"),
					containsString("id=\"chain-caveat\""),
					// the evidence chain with its basis and weakest link, and the case
					// plan
					containsString("id=\"chain\""), containsString("Civil Code Art. 667"),
					containsString("weakest link"), containsString("id=\"case-plan\""))));
		this.mvc.perform(get(page + "/report.pdf").with(lawyer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc.perform(get(page + "/opinion.json").with(lawyer()))
			.andExpect(content().string(containsString("\"level\" : \"high\"")));
		this.mvc.perform(get("/assessments").with(lawyer()))
			.andExpect(content().string(containsString(page.substring(page.lastIndexOf('/') + 1))));
		this.mvc.perform(get(page).with(user(OTHER_LAWYER).roles("LAWYER"))).andExpect(status().isNotFound());
	}

	@Test
	void anUploadWithoutItsCsrfTokenIsRefused() throws Exception {
		MockMultipartFile caseFile = new MockMultipartFile("case", "case.yaml", "application/x-yaml",
				Files.readAllBytes(EXAMPLE));
		this.mvc.perform(multipart("/assessments").file(caseFile).with(lawyer())).andExpect(status().isForbidden());
	}

	@Test
	void aBadUploadIsShownOnTheFormWithWhereItIsWrong() throws Exception {
		String yaml = Files.readString(EXAMPLE).replace("lawDate: \"2025-03-18\"", "lawDate: \"2025-02-30\"");
		MockMultipartFile caseFile = new MockMultipartFile("case", "case.yaml", "application/x-yaml",
				yaml.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/assessments").file(caseFile).with(csrf()).with(lawyer()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"upload-error\""),
					containsString("case.yaml:7:10 (lawDate)"), containsString("lawDate"))));
		MockMultipartFile exe = new MockMultipartFile("case", "case.exe", "application/octet-stream", new byte[10]);
		this.mvc.perform(multipart("/assessments").file(exe).with(csrf()).with(lawyer()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("&#39;.exe&#39; are not accepted")));
	}

	@Test
	void theQuickCheckAssessesOneItemAndShowsAWrongAnswerOnTheForm() throws Exception {
		this.mvc
			.perform(post("/assessments/quick").with(csrf())
				.with(lawyer())
				.param("title", "对方微信转账截图")
				.param("lawDate", "2025-06-01")
				.param("causeOfAction", "privateLending")
				.param("kind", "transfer")
				.param("form", "screenshot")
				.param("realNameViaPayment", "yes")
				.param("authenticityDisputed", "no")
				.param("fact", "原告向被告交付借款5万元")
				.param("element", "moneyDelivered"))
			.andExpect(redirectedUrlPattern("/assessments/*"));
		this.mvc
			.perform(post("/assessments/quick").with(csrf())
				.with(lawyer())
				.param("lawDate", "2025-06-01")
				.param("kind", "fax"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"form-error\""), containsString("items[0].kind"))));
	}

	@Test
	void theRulesPageShowsTheHashAndOffersReloadToRuleEditorsOnly() throws Exception {
		this.mvc.perform(get("/rules").with(lawyer()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("rule-set-hash"), not(containsString("id=\"reload\"")))));
		this.mvc.perform(get("/rules").with(user(EDITOR).roles("RULE_EDITOR")))
			.andExpect(content().string(containsString("id=\"reload\"")));
		this.mvc.perform(post("/rules/reload").with(csrf()).with(lawyer())).andExpect(status().isForbidden());
		this.mvc.perform(post("/rules/reload").with(csrf()).with(user(EDITOR).roles("RULE_EDITOR")))
			.andExpect(redirectedUrl("/rules"));
		this.mvc.perform(get("/assessments/new").with(user(EDITOR).roles("RULE_EDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theStatutePageCarriesTheArticleTextsFromTheRuleFiles() throws Exception {
		this.mvc.perform(get("/statutes").with(lawyer()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"s-spc-evidence-2019-art93-authenticity-factors\""),
					containsString("人民法院对于电子数据的真实性，应当结合下列因素综合判断"))));
	}

	@Test
	void theBatchPageSaysWhenThereAreNoRunsAndOffersSummariesWhenThereAre() throws Exception {
		this.mvc.perform(get("/batches").with(lawyer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-batches\"")));
		java.nio.file.Path run = Files.createDirectories(DATA.resolve("batch/2026-11-28-archive"));
		Files.writeString(run.resolve("summary.csv"), "case,level\nc1,low\n");
		Files.writeString(run.resolve("secret.txt"), "not for download");
		try {
			this.mvc.perform(get("/batches").with(lawyer()))
				.andExpect(content().string(containsString("/batches/2026-11-28-archive/summary.csv")));
			this.mvc.perform(get("/batches/2026-11-28-archive/summary.csv").with(lawyer()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("c1,low")));
			this.mvc.perform(get("/batches/2026-11-28-archive/secret.txt").with(lawyer()))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/batches/..%2F..%2Fusers.yaml/summary.csv").with(lawyer()))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(400, 404));
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(DATA.resolve("batch"));
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor lawyer() {
		return user(LAWYER).roles("LAWYER");
	}

}
