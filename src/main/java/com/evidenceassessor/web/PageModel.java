package com.evidenceassessor.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.evidenceassessor.report.HtmlRenderer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's frame needs: who is signed in, what their roles let them open, the
 * language, and the links that switch it.
 */
@ControllerAdvice(assignableTypes = { HomePages.class, AssessmentPages.class, RulePages.class, BatchPages.class })
class PageModel {

	private final RoleHierarchy roles;

	PageModel(RoleHierarchy roles) {
		this.roles = roles;
	}

	@ModelAttribute("frame")
	Frame frame(Authentication authentication, Locale locale, HttpServletRequest request) {
		Set<String> granted = granted(authentication);
		String lang = "en".equals(locale.getLanguage()) ? "en" : "zh";
		return new Frame(signedIn(authentication) ? authentication.getName() : null, granted.contains("ROLE_LAWYER"),
				granted.contains("ROLE_RULE_EDITOR"), granted.contains("ROLE_ADMIN"), lang, switchTo(request, "zh"),
				switchTo(request, "en"));
	}

	/** The words of the opinion (levels, dimensions, effects) in the page's language. */
	@ModelAttribute("t")
	HtmlRenderer.Words words(Locale locale) {
		return HtmlRenderer.words(Languages.of(locale));
	}

	private Set<String> granted(Authentication authentication) {
		if (!signedIn(authentication)) {
			return Set.of();
		}
		Collection<? extends GrantedAuthority> reachable = this.roles
			.getReachableGrantedAuthorities(authentication.getAuthorities());
		return reachable.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	private static boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static String switchTo(HttpServletRequest request, String lang) {
		return ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("lang", lang)
			.replaceQueryParam("error")
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

	/**
	 * @param user the signed-in user, or {@code null}
	 * @param canAssess the user may assess (LAWYER)
	 * @param canEditRules the user may reload rules (RULE_EDITOR)
	 * @param admin the user is an administrator
	 * @param lang zh or en
	 * @param zhLink this page in Chinese
	 * @param enLink this page in English
	 */
	record Frame(String user, boolean canAssess, boolean canEditRules, boolean admin, String lang, String zhLink,
			String enLink) {

	}

}
