package com.evidenceassessor.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * The web server: pages ({@code web}), the REST API ({@code api}) and their security
 * ({@code security}), all thin adapters around the one
 * {@link com.evidenceassessor.assessment.Assessor}. Started by {@code ./assessor serve}
 * through {@link WebServer}.
 * <p>
 * Spring Batch's auto-configuration is left out: the batch job (issue 6) runs from its
 * own command; the batch page reads what it writes ({@link BatchRuns}).
 */
@SpringBootApplication(
		scanBasePackages = { "com.evidenceassessor.web", "com.evidenceassessor.api", "com.evidenceassessor.security" },
		exclude = BatchAutoConfiguration.class)
@ConfigurationPropertiesScan(basePackages = { "com.evidenceassessor.web", "com.evidenceassessor.security" })
@PropertySource(value = "classpath:assessor-web.properties", encoding = "UTF-8")
public class WebApplication {

}
