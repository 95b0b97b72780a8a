package com.evidenceassessor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Random passwords and API tokens, and their hashes. */
public final class Secrets {

	/** API tokens start with this, so a leaked one is easy to recognise and revoke. */
	public static final String TOKEN_PREFIX = "ea_";

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final BCryptPasswordEncoder BCRYPT_ENCODER = new BCryptPasswordEncoder();

	private Secrets() {
	}

	/** A random password of 20 URL-safe characters (120 bits). */
	public static String randomPassword() {
		return random(15);
	}

	/** A random API token (256 bits) with the {@code ea_} prefix. */
	public static String randomToken() {
		return TOKEN_PREFIX + random(32);
	}

	public static String bcrypt(String password) {
		return BCRYPT_ENCODER.encode(password);
	}

	public static boolean isBcrypt(String hash) {
		return hash != null && BCRYPT.matcher(hash).matches();
	}

	public static boolean isSha256(String hash) {
		return hash != null && SHA256.matcher(hash).matches();
	}

	/** SHA-256 of a token, hex. */
	public static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String random(int bytes) {
		byte[] data = new byte[bytes];
		RANDOM.nextBytes(data);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
	}

}
