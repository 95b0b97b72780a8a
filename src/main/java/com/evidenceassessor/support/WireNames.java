package com.evidenceassessor.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Enum constants are written in files as camelCase ({@code redPacket}) and in Java as
 * UPPER_SNAKE ({@code RED_PACKET}); this is the one place that converts between the two.
 */
public final class WireNames {

	/**
	 * Each enum's wire names by ordinal, worked out once: opinions write them by the
	 * thousand.
	 */
	private static final ClassValue<String[]> NAMES = new ClassValue<>() {
		@Override
		protected String[] computeValue(Class<?> type) {
			return Arrays.stream(type.getEnumConstants())
				.map(constant -> convert((Enum<?>) constant))
				.toArray(String[]::new);
		}
	};

	private WireNames() {
	}

	/** {@code RED_PACKET} → {@code redPacket}. */
	public static String of(Enum<?> constant) {
		return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
	}

	private static String convert(Enum<?> constant) {
		String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}

	/**
	 * {@code redPacket} → {@code RED_PACKET}, or {@code null} when no constant has that
	 * name.
	 */
	public static <E extends Enum<E>> E parse(Class<E> type, String wireName) {
		for (E constant : type.getEnumConstants()) {
			if (of(constant).equals(wireName)) {
				return constant;
			}
		}
		return null;
	}

	/** The wire names of all constants of an enum, in declaration order. */
	public static List<String> all(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList();
	}

}
