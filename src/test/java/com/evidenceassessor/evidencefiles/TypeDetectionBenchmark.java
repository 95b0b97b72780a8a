package com.evidenceassessor.evidencefiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;

/**
 * Content-type detection of every file of a folder, the full signature database
 * ({@link TypeDetector#reference()}) beside the screened one ({@link TypeDetector}). Not
 * a unit test. In one JVM, after warm-up rounds, the two run alternately round by round
 * (so machine noise hits them alike); it prints the median time per file of each and
 * their ratio, for the whole detection from the file (page cache) and for content
 * detection alone from memory. See docs/batch.md for how to run it.
 * <p>
 * {@code java -cp … com.evidenceassessor.evidencefiles.TypeDetectionBenchmark folder [rounds]}
 */
public final class TypeDetectionBenchmark {

	private static final int WARMUP = 3;

	private TypeDetectionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		List<byte[]> heads = new ArrayList<>();
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				heads.add(in.readNBytes(64 * 1024));
			}
		}
		long start = System.nanoTime();
		TypeDetector reference = TypeDetector.reference();
		reference.detect(files.get(0), files.get(0).getFileName().toString(), Files.size(files.get(0)));
		long loaded = System.nanoTime();
		TypeDetector screened = new TypeDetector();
		screened.detect(files.get(0), files.get(0).getFileName().toString(), Files.size(files.get(0)));
		long screenedLoaded = System.nanoTime();
		URL[] sources = { MimeTypes.class.getResource("tika-mimetypes.xml"),
				TypeDetector.class.getResource("wechat-mimetypes.xml") };
		MimeTypes full = MimeTypesFactory.create(sources);
		ScreenedMimeTypes fast = new ScreenedMimeTypes(full, sources);
		System.out.printf(Locale.ROOT, "%,d files in %s; %d rounds after %d warm-up%n", files.size(), folder, rounds,
				WARMUP);
		System.out.printf(Locale.ROOT, "first use: full database %.0f ms, then screening %.0f ms (once a JVM)%n",
				(loaded - start) / 1e6, (screenedLoaded - loaded) / 1e6);
		int differences = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			long size = Files.size(file);
			differences += reference.detect(file, name, size).equals(screened.detect(file, name, size)) ? 0 : 1;
		}
		double[][] perFile = new double[4][rounds];
		for (int round = 0; round < WARMUP + rounds; round++) {
			double[] times = new double[4];
			boolean referenceFirst = round % 2 == 0;
			times[referenceFirst ? 0 : 1] = fromFiles(referenceFirst ? reference : screened, files);
			times[referenceFirst ? 1 : 0] = fromFiles(referenceFirst ? screened : reference, files);
			times[referenceFirst ? 2 : 3] = fromMemory(referenceFirst ? null : fast, full, heads);
			times[referenceFirst ? 3 : 2] = fromMemory(referenceFirst ? fast : null, full, heads);
			if (round >= WARMUP) {
				for (int i = 0; i < 4; i++) {
					perFile[i][round - WARMUP] = times[i];
				}
			}
		}
		System.out.printf(Locale.ROOT, "%-44s %12s %12s %7s%n", "median µs per file", "full", "screened", "ratio");
		report("TypeDetector.detect (file, name, content)", perFile[0], perFile[1]);
		report("content from memory (MimeTypes.detect)", perFile[2], perFile[3]);
		System.out.printf(Locale.ROOT, "differing FileTypes: %d; reduced databases built: %d%n", differences,
				fast.databases());
	}

	private static double fromFiles(TypeDetector detector, List<Path> files) throws IOException {
		long start = System.nanoTime();
		for (Path file : files) {
			detector.detect(file, file.getFileName().toString(), Files.size(file));
		}
		return (System.nanoTime() - start) / 1e3 / files.size();
	}

	/** With {@code fast} null, the full database. */
	private static double fromMemory(ScreenedMimeTypes fast, MimeTypes full, List<byte[]> heads) throws IOException {
		long start = System.nanoTime();
		for (byte[] head : heads) {
			if (fast == null) {
				full.detect(new ByteArrayInputStream(head), new Metadata());
			}
			else {
				fast.detect(head);
			}
		}
		return (System.nanoTime() - start) / 1e3 / heads.size();
	}

	private static void report(String what, double[] full, double[] screened) {
		double a = median(full);
		double b = median(screened);
		System.out.printf(Locale.ROOT, "%-44s %12.1f %12.1f %6.1fx   (rounds: full %s, screened %s)%n", what, a, b,
				a / b, rounded(full), rounded(screened));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static String rounded(double[] values) {
		return Arrays.toString(Arrays.stream(values).mapToLong(Math::round).toArray());
	}

}
