package com.evidenceassessor.security;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users from the configuration ({@code assessor.security.users[0].name=...},
 * {@code .password-hash=$2a$...}, {@code .roles=LAWYER}) and the users file beside them.
 *
 * @param users users configured in properties or environment
 * @param usersFile the users file ({@code users.yaml} in the data folder), which
 * {@code ./assessor users} edits
 */
@ConfigurationProperties("assessor.security")
public record SecuritySettings(List<UserAccount> users, Path usersFile) {

	public SecuritySettings {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

}
