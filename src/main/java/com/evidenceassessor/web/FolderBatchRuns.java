package com.evidenceassessor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The batch runs as folders: each subfolder of the batch output folder is a run; the
 * summary spreadsheet and CSV in it may be downloaded; a {@code status.txt} (first line)
 * is shown as its status.
 */
@Component
class FolderBatchRuns implements BatchRuns {

	static final List<String> SUMMARIES = List.of("summary.xlsx", "summary.csv");

	private static final int MAX_RUNS = 200;

	private final Path folder;

	FolderBatchRuns(WebSettings settings) {
		this.folder = (settings.batch().output() != null) ? settings.batch().output()
				: settings.data().resolve("batch");
	}

	@Override
	public Path location() {
		return this.folder;
	}

	@Override
	public List<Run> list() {
		if (!Files.isDirectory(this.folder)) {
			return List.of();
		}
		try (Stream<Path> runs = Files.list(this.folder)) {
			return runs.filter(Files::isDirectory)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.map(FolderBatchRuns::run)
				.sorted(Comparator.comparing(Run::modified).reversed())
				.limit(MAX_RUNS)
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	@Override
	public Optional<Path> summaryFile(String run, String file) {
		if (!SUMMARIES.contains(file) || run.isBlank() || run.startsWith(".") || run.contains("/")
				|| run.contains("\\")) {
			return Optional.empty();
		}
		Path path = this.folder.resolve(run).resolve(file).normalize();
		return (path.startsWith(this.folder) && Files.isRegularFile(path)) ? Optional.of(path) : Optional.empty();
	}

	private static Run run(Path folder) {
		try (Stream<Path> files = Files.walk(folder, 3)) {
			long count = files.filter(Files::isRegularFile).count();
			List<String> summaries = SUMMARIES.stream().filter(s -> Files.isRegularFile(folder.resolve(s))).toList();
			return new Run(folder.getFileName().toString(), Files.getLastModifiedTime(folder).toInstant(), count,
					summaries, status(folder.resolve("status.txt")));
		}
		catch (IOException ex) {
			return new Run(folder.getFileName().toString(), java.time.Instant.EPOCH, 0, List.of(), null);
		}
	}

	private static String status(Path file) {
		try {
			return Files.isRegularFile(file)
					? Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse(null) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
