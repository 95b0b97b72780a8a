package com.evidenceassessor.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Which generated cases get a deliberate defect, and which: chosen from the seed. */
public final class Defects {

	private Defects() {
	}

	/**
	 * {@code count} distinct case numbers out of 1..{@code cases}, each with a defect.
	 */
	public static Map<Integer, Corruption> choose(long seed, int cases, int count) {
		Random random = new Random(seed ^ 0x5DEECE66DL);
		List<Integer> numbers = new ArrayList<>(cases);
		for (int n = 1; n <= cases; n++) {
			numbers.add(n);
		}
		Collections.shuffle(numbers, random);
		Corruption[] kinds = Corruption.values();
		Map<Integer, Corruption> chosen = new TreeMap<>();
		for (int i = 0; i < count; i++) {
			chosen.put(numbers.get(i), kinds[i % kinds.length]);
		}
		return chosen;
	}

}
