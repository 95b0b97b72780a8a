package com.evidenceassessor.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * What a user entry must hold: a plain name, a BCrypt hash (never a password), at least
 * one role, SHA-256 token hashes; no name twice.
 */
final class UserRules {

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

	private UserRules() {
	}

	static void check(List<UserAccount> users, String source) {
		Set<String> names = new HashSet<>();
		for (int i = 0; i < users.size(); i++) {
			UserAccount user = users.get(i);
			String at = "users[" + i + "]";
			if (user.name() == null || !NAME.matcher(user.name()).matches()) {
				fail(source, at + ".name", "found '" + user.name()
						+ "'; expected a user name of 1 to 64 letters, digits, '.', '_', '@' or '-'");
			}
			if (!names.add(user.name())) {
				fail(source, at + ".name", "the user '" + user.name() + "' is defined twice");
			}
			if (!Secrets.isBcrypt(user.passwordHash())) {
				fail(source, at + ".passwordHash", "expected a BCrypt hash ($2a$10$...), never a password; "
						+ "create one with ./assessor users add " + user.name());
			}
			if (user.roles().isEmpty()) {
				fail(source, at + ".roles", "no roles; expected one or more of LAWYER, RULE_EDITOR, ADMIN");
			}
			for (int j = 0; j < user.tokenHashes().size(); j++) {
				if (!Secrets.isSha256(user.tokenHashes().get(j))) {
					fail(source, at + ".tokenHashes[" + j + "]", "expected the SHA-256 of a token (64 hex digits); "
							+ "create tokens with ./assessor users token " + user.name());
				}
			}
		}
	}

	private static void fail(String source, String field, String problem) {
		throw new InputException(new Location(source, 0, 0, field), problem);
	}

}
