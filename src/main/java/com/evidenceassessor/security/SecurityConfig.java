package com.evidenceassessor.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Everything needs a signed-in user except the login page, the static
 * assets and the health check.
 * <ul>
 * <li>The REST API ({@code /api/**}) is stateless: HTTP Basic or an API token
 * ({@code Authorization: Bearer ea_...}) on every request, never the browser's session
 * cookie, so a page on another site cannot make a signed-in browser call it; that is why
 * it needs no CSRF token. Failures are RFC 9457 problem details.</li>
 * <li>The pages use a login form and a session; every form carries a CSRF token.</li>
 * </ul>
 * Roles: LAWYER assesses and reads their own opinions; RULE_EDITOR reads the rules and
 * reloads them; ADMIN may do both and sees everyone's assessments.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String[] PUBLIC = { "/login", "/css/**", "/favicon.ico", "/actuator/health", "/actuator/health/**" };

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.LAWYER.name(), Role.RULE_EDITOR.name())
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, UserDirectory users, ApiProblemResponses problems) throws Exception {
		RequestAttributeSecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/rules/reload")
				.hasRole(Role.RULE_EDITOR.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/rules", "/api/v1/rules/**")
				.hasAnyRole(Role.LAWYER.name(), Role.RULE_EDITOR.name())
				.requestMatchers("/api/v1/assessments", "/api/v1/assessments/**")
				.hasRole(Role.LAWYER.name())
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems).securityContextRepository(perRequest))
			.addFilterBefore(new ApiTokenFilter(users, problems), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(perRequest))
			.requestCache(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	/**
	 * The OpenAPI document: for the Swagger UI in a signed-in browser (session) and for
	 * tools (HTTP Basic or an API token). Read-only.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocs(HttpSecurity http, UserDirectory users, ApiProblemResponses problems) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
				.authenticated()
				.anyRequest()
				.denyAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new ApiTokenFilter(users, problems), BasicAuthenticationFilter.class)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(PUBLIC)
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/rules/reload")
			.hasRole(Role.RULE_EDITOR.name())
			.requestMatchers("/rules", "/statutes")
			.hasAnyRole(Role.LAWYER.name(), Role.RULE_EDITOR.name())
			.requestMatchers("/assessments", "/assessments/**", "/batches", "/batches/**")
			.hasRole(Role.LAWYER.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
