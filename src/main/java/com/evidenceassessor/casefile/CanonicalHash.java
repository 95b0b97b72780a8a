package com.evidenceassessor.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.evidenceassessor.support.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

/** SHA-256 of a value's canonical JSON form (sorted keys, no indentation). */
public final class CanonicalHash {

	private CanonicalHash() {
	}

	public static String of(Object value) {
		try {
			return sha256(Json.canonical().writeValueAsBytes(value));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot serialise for hashing", ex);
		}
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

}
