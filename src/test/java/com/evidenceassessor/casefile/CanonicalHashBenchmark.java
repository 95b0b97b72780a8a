package com.evidenceassessor.casefile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The input hash of every case folder in a folder, written in one pass
 * ({@link CanonicalHash}) beside the reference that sorts a tree
 * ({@link SortedTreeHash}). Not a unit test. In one JVM, after warm-up rounds, the two
 * run alternately round by round (so machine noise hits them alike); it prints the median
 * time per case of each and their ratio. See docs/batch.md for how to run it.
 * <p>
 * {@code java -cp … com.evidenceassessor.casefile.CanonicalHashBenchmark folder [rounds]}
 */
public final class CanonicalHashBenchmark {

	private static final int WARMUP = 5;

	private CanonicalHashBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 15;
		List<Object> hashed = new ArrayList<>();
		try (Stream<Path> children = Files.list(folder)) {
			for (Path caseFolder : children.filter(Files::isDirectory).sorted().toList()) {
				CaseFile file = CaseFileReader.read(caseFolder);
				hashed.add(file.hashed());
			}
		}
		double[] onePass = new double[rounds];
		double[] byTree = new double[rounds];
		for (int round = -WARMUP; round < rounds; round++) {
			long start = System.nanoTime();
			for (Object value : hashed) {
				CanonicalHash.of(value);
			}
			long middle = System.nanoTime();
			for (Object value : hashed) {
				SortedTreeHash.of(value);
			}
			long end = System.nanoTime();
			if (round >= 0) {
				onePass[round] = (middle - start) / 1e3 / hashed.size();
				byTree[round] = (end - middle) / 1e3 / hashed.size();
			}
		}
		double fast = median(onePass);
		double slow = median(byTree);
		System.out.printf(Locale.ROOT, "%d cases in %s, %d rounds after %d warm-up; median per case:%n", hashed.size(),
				folder, rounds, WARMUP);
		System.out.printf(Locale.ROOT,
				"  sorted tree (reference) %8.1f µs%n  one pass                %8.1f µs   %.1f× faster%n", slow, fast,
				slow / fast);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
