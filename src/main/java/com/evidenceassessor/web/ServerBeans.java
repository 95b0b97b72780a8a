package com.evidenceassessor.web;

import java.time.Clock;
import java.util.function.Supplier;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.report.CjkFont;
import com.evidenceassessor.report.PdfRenderer;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * The server's beans around the assessment core. The {@link Assessor} is built from
 * whatever {@code Supplier<RuleSet>} bean is defined, so the rule holder can be replaced
 * by a reloadable rules service without touching anything else.
 */
@Configuration(proxyBeanMethods = false)
class ServerBeans {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/**
	 * Compiles the rules during start-up: the port opens only once they are in service.
	 */
	@Bean
	RuleSetHolder ruleSetHolder(WebSettings settings, Clock clock) {
		return new RuleSetHolder(settings.rules(), clock).watchFolder();
	}

	@Bean
	Assessor assessor(Supplier<RuleSet> rules) {
		return new Assessor(rules);
	}

	@Bean
	PdfRenderer pdfRenderer(WebSettings settings) {
		return new PdfRenderer(() -> CjkFont.locate(settings.pdf().font()));
	}

	/**
	 * The API writes opinions exactly as {@code assessor assess --format json} does
	 * (camelCase enum names, ISO dates), and problem details per RFC 9457.
	 */
	@Bean
	@Primary
	ObjectMapper objectMapper() {
		ObjectMapper mapper = Json.json().copy();
		mapper.disable(SerializationFeature.INDENT_OUTPUT);
		mapper.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
		return mapper;
	}

}
