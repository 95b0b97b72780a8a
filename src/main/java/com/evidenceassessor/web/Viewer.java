package com.evidenceassessor.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking: lawyers see their own assessments, administrators everyone's.
 *
 * @param username the signed-in user
 * @param admin the user has the ADMIN role
 */
public record Viewer(String username, boolean admin) {

	public static Viewer of(Authentication authentication) {
		boolean admin = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch("ROLE_ADMIN"::equals);
		return new Viewer(authentication.getName(), admin);
	}

	/** The viewer may see an assessment made by this user. */
	public boolean maySee(String owner) {
		return this.admin || this.username.equals(owner);
	}

}
