package com.evidenceassessor.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}) and its UI ({@code /swagger-ui.html}): both
 * behind the login like everything else. Enum values are listed as they travel
 * (camelCase: {@code redPacket}, {@code low}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

	@Bean
	OpenAPI assessorOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Evidence Assessor API")
				.version("v1")
				.description("Assess WeChat electronic evidence for PRC civil litigation: send a case file, get the "
						+ "opinion (per item: score, risk level, reasons citing the law, remedies) and its PDF or "
						+ "HTML report. Sign in with HTTP Basic or an API token (Authorization: Bearer ea_...). "
						+ "Errors are RFC 9457 problem details. See docs/web.md.")
				.license(new License().name("Case data is confidential: use over TLS off this machine")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("ea_...")))
			.security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("token")));
	}

	@Bean
	OpenApiCustomizer wireEnumNames() {
		return api -> {
			if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
				api.getComponents().getSchemas().values().forEach(schema -> camelCaseEnums(schema, Set.of()));
			}
		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void camelCaseEnums(Schema schema, Set<Schema> seen) {
		if (schema == null || seen.contains(schema)) {
			return;
		}
		Set<Schema> path = new java.util.HashSet<>(seen);
		path.add(schema);
		List<Object> values = schema.getEnum();
		if (values != null && values.stream().allMatch(v -> v instanceof String s && CONSTANT.matcher(s).matches())) {
			schema.setEnum(values.stream().map(v -> camelCase((String) v)).toList());
		}
		Map<String, Schema> properties = schema.getProperties();
		if (properties != null) {
			properties.values().forEach(p -> camelCaseEnums(p, path));
		}
		camelCaseEnums(schema.getItems(), path);
		if (schema.getAdditionalProperties() instanceof Schema additional) {
			camelCaseEnums(additional, path);
		}
	}

	/**
	 * {@code RED_PACKET} → {@code redPacket}, as
	 * {@link com.evidenceassessor.support.WireNames} writes it.
	 */
	static String camelCase(String constant) {
		String[] words = constant.toLowerCase(java.util.Locale.ROOT).split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			if (!words[i].isEmpty()) {
				name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
			}
		}
		return name.toString();
	}

}
