package com.evidenceassessor.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the web server. Returns once the rules are compiled and the server accepts
 * requests; a failure (rules that do not compile, a port in use) is thrown, and Spring's
 * own start-up report with its stack trace is silenced so the caller can say it in one
 * line.
 */
public final class WebServer {

	private WebServer() {
	}

	/**
	 * Starts the server.
	 * @param settings what the command line sets; {@code null} parts fall back to the
	 * configuration (assessor-web.properties, config/application.properties, environment)
	 * @param extraArguments further {@code --name=value} Spring properties
	 * @return the running server's context; close it to stop the server
	 */
	public static ConfigurableApplicationContext start(Settings settings, String... extraArguments) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--assessor.rules=" + settings.rules().toAbsolutePath().normalize());
		arguments.add("--assessor.data=" + settings.data().toAbsolutePath().normalize());
		if (settings.bind() != null) {
			arguments.add("--server.address=" + settings.bind());
		}
		if (settings.port() != null) {
			arguments.add("--server.port=" + settings.port());
		}
		arguments.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
		arguments.add("--logging.level.org.springframework.boot.diagnostics=OFF");
		arguments.add("--logging.level.org.springframework.boot.web.servlet.context=ERROR");
		arguments.add("--logging.level.org.apache.catalina=ERROR");
		arguments.add("--logging.level.org.apache.coyote=ERROR");
		// Drools logs each rule problem itself; they are reported, located, by the rule
		// holder
		arguments.add("--logging.level.org.drools.compiler.kie.builder.impl.KieProject=OFF");
		arguments.addAll(List.of(extraArguments));
		return new SpringApplicationBuilder(WebApplication.class).bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}

	/**
	 * What {@code ./assessor serve} sets.
	 *
	 * @param bind the address to listen on, or {@code null} for the configured one
	 * (127.0.0.1)
	 * @param port the port, or {@code null} for the configured one (8080); 0 picks a free
	 * one
	 * @param rules the rules folder
	 * @param data the data folder: users file, database, batch outputs
	 */
	public record Settings(String bind, Integer port, Path rules, Path data) {

	}

}
