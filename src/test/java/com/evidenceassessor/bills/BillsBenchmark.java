package com.evidenceassessor.bills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.evidenceassessor.bills.fixtures.FakeLedger;
import com.evidenceassessor.bills.fixtures.WeChatCsvWriter;
import com.evidenceassessor.bills.fixtures.WeChatXlsxWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Throughput and memory of the bill readers beside bare library reads of the same files.
 * Not a unit test. Generates a 100,000-row WeChat XLSX (W3, shared strings, as WeChat's
 * are) and CSV (W1), then runs each reader in its own JVM with {@code -Xmx64m}: median
 * rows/s over the runs after warm-up, and the peak heap used. See docs/bills.md for how
 * to run it.
 * <p>
 * {@code java -cp … com.evidenceassessor.bills.BillsBenchmark [rows] [runs] [heap]}
 */
public final class BillsBenchmark {

	/** Each entry runs in one JVM, its modes alternating run by run. */
	private static final String[] MODES = { "bare-poi-xlsx,ours-xlsx-stream,ours-xlsx-full",
			"bare-csv,ours-csv-stream,ours-csv-full" };

	private static final int WARMUP = 3;

	private BillsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && "--measure".equals(args[0])) {
			measure(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
			return;
		}
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		String heap = args.length > 2 ? args[2] : "64m";
		Path dir = Files.createTempDirectory("bills-bench");
		FakeLedger ledger = FakeLedger.generate(2026, rows);
		Path xlsx = WeChatXlsxWriter.write(dir.resolve("wechat-w3.xlsx"), ledger, ledger.totals(), true, true);
		Path csv = WeChatCsvWriter.write(dir.resolve("wechat-w1.csv"), ledger, false);
		System.out.printf(Locale.ROOT,
				"files: %s (%,d bytes), %s (%,d bytes); %,d rows; %d runs after %d warm-up; -Xmx%s%n",
				xlsx.getFileName(), Files.size(xlsx), csv.getFileName(), Files.size(csv), rows, runs, WARMUP, heap);
		Map<String, String[]> results = new LinkedHashMap<>();
		for (String modes : MODES) {
			results.putAll(child(modes, modes.contains("xlsx") ? xlsx : csv, runs, heap));
		}
		report(results);
		for (Path p : List.of(xlsx, csv, dir)) {
			Files.deleteIfExists(p);
		}
	}

	private static void report(Map<String, String[]> results) {
		System.out.printf(Locale.ROOT, "%-18s %14s %22s  %s%n", "reader", "median rows/s", "heap MB peak/retained",
				"status");
		for (Map.Entry<String, String[]> e : results.entrySet()) {
			String[] r = e.getValue();
			System.out.printf(Locale.ROOT, "%-18s %14s %22s  %s%n", e.getKey(), r[0], r[1], r[2]);
		}
		ratio(results, "ours-xlsx-stream", "bare-poi-xlsx");
		ratio(results, "ours-xlsx-full", "bare-poi-xlsx");
		ratio(results, "ours-csv-stream", "bare-csv");
		ratio(results, "ours-csv-full", "bare-csv");
	}

	private static void ratio(Map<String, String[]> results, String ours, String bare) {
		try {
			double a = Double.parseDouble(results.get(ours)[0]);
			double b = Double.parseDouble(results.get(bare)[0]);
			System.out.printf(Locale.ROOT, "ratio %-16s / %-14s = %.2f%n", ours, bare, a / b);
		}
		catch (NumberFormatException ex) {
			System.out.printf(Locale.ROOT, "ratio %-16s / %-14s = n/a%n", ours, bare);
		}
	}

	private static Map<String, String[]> child(String modes, Path file, int runs, String heap)
			throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
				BillsBenchmark.class.getName(), "--measure", modes, file.toString(), String.valueOf(runs));
		builder.redirectErrorStream(true);
		Process process = builder.start();
		Map<String, String[]> results = new LinkedHashMap<>();
		String failure = null;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("RESULT ")) {
					String[] parts = line.substring(7).split(" ", 4);
					results.put(parts[0], new String[] { parts[1], parts[2], parts[3] });
				}
				else if (line.contains("OutOfMemoryError")) {
					failure = line;
				}
			}
		}
		int exit = process.waitFor();
		for (String mode : modes.split(",")) {
			results.putIfAbsent(mode,
					new String[] { "-", "-", "FAILED: " + (failure == null ? "exit " + exit : failure) });
		}
		return results;
	}

	/**
	 * Runs the modes alternately (so machine noise hits them alike) and prints one RESULT
	 * line each.
	 */
	private static void measure(String modes, Path file, int runs) throws Exception {
		String[] names = modes.split(",");
		Map<String, List<Double>> rates = new LinkedHashMap<>();
		Map<String, Long> peaks = new LinkedHashMap<>();
		Map<String, Long> retained = new LinkedHashMap<>();
		HeapSampler sampler = new HeapSampler();
		sampler.start();
		try {
			for (int run = 0; run < WARMUP + runs; run++) {
				for (String mode : names) {
					System.gc();
					sampler.reset();
					long start = System.nanoTime();
					Object result = run(mode, file);
					double seconds = (System.nanoTime() - start) / 1e9;
					peaks.merge(mode, sampler.peak(), Math::max);
					if (run >= WARMUP) {
						rates.computeIfAbsent(mode, k -> new ArrayList<>()).add(rows(result) / seconds);
					}
					retained.merge(mode, retained(result), Math::max);
				}
			}
		}
		catch (OutOfMemoryError ex) {
			System.out.println("OutOfMemoryError in " + modes);
			System.exit(3);
		}
		for (String mode : names) {
			double[] sorted = rates.get(mode).stream().mapToDouble(Double::doubleValue).sorted().toArray();
			double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
					: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
			System.out.printf(Locale.ROOT, "RESULT %s %.0f %.1f/%.1f ok (runs: %s)%n", mode, median,
					peaks.get(mode) / 1048576.0, retained.get(mode) / 1048576.0,
					Arrays.toString(Arrays.stream(sorted).mapToLong(Math::round).toArray()));
		}
	}

	private static long rows(Object result) {
		return result instanceof BillStatement statement ? statement.transactions().size() : (Long) result;
	}

	/**
	 * Heap still in use after a full GC while the result is held: what the read keeps.
	 */
	private static long retained(Object result) {
		System.gc();
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		return result == null ? 0 : used;
	}

	private static Object run(String mode, Path file) throws Exception {
		return switch (mode) {
			case "bare-poi-xlsx" -> barePoi(file);
			case "bare-csv" -> bareCsv(file);
			case "ours-xlsx-full", "ours-csv-full" -> BillReader.read(file);
			case "ours-xlsx-stream", "ours-csv-stream" -> {
				long[] count = new long[1];
				BillReader.read(file, file.toString(), BillLimits.defaults(), t -> count[0]++);
				yield count[0];
			}
			default -> throw new IllegalArgumentException(mode);
		};
	}

	/** Samples the heap in use every 2 ms and keeps the highest value seen. */
	private static final class HeapSampler extends Thread {

		private volatile long peak;

		HeapSampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (true) {
				long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
				if (used > this.peak) {
					this.peak = used;
				}
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		long peak() {
			return Math.max(this.peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}

		void reset() {
			this.peak = 0;
		}

	}

	/**
	 * The POI streaming read as STACK.md measured it: every cell's formatted value,
	 * nothing kept.
	 */
	private static long barePoi(Path file) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			long[] counts = new long[2];
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
						new XSSFSheetXMLHandler.SheetContentsHandler() {
							@Override
							public void startRow(int rowNum) {
							}

							@Override
							public void endRow(int rowNum) {
								counts[0]++;
							}

							@Override
							public void cell(String ref, String value, XSSFComment comment) {
								counts[1] += value == null ? 0 : value.length();
							}
						}, new DataFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
			return counts[0];
		}
	}

	/** A bare commons-csv read: every record and value, nothing kept. */
	private static long bareCsv(Path file) throws IOException {
		long rows = 0;
		long chars = 0;
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(3);
			CSVFormat format = CSVFormat.DEFAULT.builder().setTrailingData(true).setLenientEof(true).get();
			try (CSVParser parser = CSVParser.builder()
				.setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
				.setFormat(format)
				.get()) {
				for (CSVRecord record : parser) {
					rows++;
					for (String value : record) {
						chars += value.length();
					}
				}
			}
		}
		return chars >= 0 ? rows : -1;
	}

}
