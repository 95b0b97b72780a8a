package com.evidenceassessor.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time per kind of thread of this process, from Linux's {@code /proc/self/task}: the
 * assessing threads, and the ones Java does not show (JIT compilers, garbage collector,
 * H2's writer). For the bench's account of where the time goes; empty elsewhere.
 */
final class ThreadCpu {

	private static final Path TASKS = Path.of("/proc/self/task");

	private static final double TICKS_PER_SECOND = 100.0;

	private ThreadCpu() {
	}

	/** CPU seconds by thread kind (digits in names folded), so far. */
	static Map<String, Double> snapshot() {
		Map<String, Double> seconds = new HashMap<>();
		if (!Files.isDirectory(TASKS)) {
			return seconds;
		}
		try (Stream<Path> tasks = Files.list(TASKS)) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				try {
					String name = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+", "#");
					String stat = Files.readString(task.resolve("stat"));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
					seconds.merge(name, cpu, Double::sum);
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended while being read
				}
			}
		}
		catch (IOException ex) {
			return seconds;
		}
		return seconds;
	}

	/**
	 * The CPU seconds spent between two snapshots, largest first, as {@code name 1.2 s}.
	 * Threads that ended in between are missing from the later snapshot and not counted.
	 */
	static String between(Map<String, Double> before, Map<String, Double> after) {
		Map<String, Double> spent = new LinkedHashMap<>();
		after.forEach((name, cpu) -> {
			double delta = cpu - before.getOrDefault(name, 0.0);
			if (delta >= 0.05) {
				spent.put(name, delta);
			}
		});
		return spent.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(8)
			.map(e -> String.format("%s %.1f s", e.getKey(), e.getValue()))
			.collect(Collectors.joining(" · "));
	}

}
