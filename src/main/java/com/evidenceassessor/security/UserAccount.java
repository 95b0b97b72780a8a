package com.evidenceassessor.security;

import java.util.List;

/**
 * A user of the web server. Only hashes are kept: the password as BCrypt, each API token
 * as SHA-256 (a token is random and long, so a fast hash is enough).
 *
 * @param name the user name
 * @param passwordHash the BCrypt hash of the password ({@code $2a$10$...})
 * @param roles what the user may do
 * @param tokenHashes SHA-256 (hex) of each API token the user holds
 */
public record UserAccount(String name, String passwordHash, List<Role> roles, List<String> tokenHashes) {

	public UserAccount {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
		tokenHashes = (tokenHashes != null) ? List.copyOf(tokenHashes) : List.of();
	}

	public UserAccount withToken(String tokenHash) {
		List<String> tokens = new java.util.ArrayList<>(this.tokenHashes);
		tokens.add(tokenHash);
		return new UserAccount(this.name, this.passwordHash, this.roles, tokens);
	}

}
