package com.evidenceassessor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page text exists in Chinese and English, and every literal message key a template
 * uses exists.
 */
class MessagesInSyncTest {

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)}");

	@Test
	void chineseAndEnglishHaveTheSameKeysAndTheTemplatesUseOnlyKnownOnes() throws IOException {
		Properties zh = load("messages/web.properties");
		Properties en = load("messages/web_en.properties");
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher keys = KEY.matcher(Files.readString(template));
				while (keys.find()) {
					assertThat(zh).as(template + " uses " + keys.group(1)).containsKey(keys.group(1));
				}
			}
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesInSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
