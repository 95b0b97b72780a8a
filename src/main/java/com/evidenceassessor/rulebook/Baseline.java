package com.evidenceassessor.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * The rules to compare against: a rules folder as given, or the {@code rules/} tree as it
 * was at a git revision, exported with {@code git archive <rev> rules | tar -x} into a
 * temporary folder that {@link #close()} removes.
 *
 * @param folder the baseline rules folder
 * @param label how to name the baseline in a report
 * @param temporary the folder to remove afterwards, or {@code null}
 */
public record Baseline(Path folder, String label, Path temporary) implements AutoCloseable {

	private static final long TIMEOUT_SECONDS = 120;

	/**
	 * A rules folder if {@code baseline} names one, otherwise a git revision of the
	 * repository that holds {@code rulesFolder}.
	 */
	public static Baseline resolve(String baseline, Path rulesFolder) {
		Path asFolder = Path.of(baseline);
		if (Files.isDirectory(asFolder)) {
			return new Baseline(asFolder, asFolder.toString(), null);
		}
		if (baseline.isBlank() || baseline.startsWith("-") || baseline.contains("\0")) {
			throw problem("'" + baseline + "' is neither a rules folder nor a git revision");
		}
		return fromGit(baseline, rulesFolder.toAbsolutePath().normalize());
	}

	private static Baseline fromGit(String revision, Path rulesFolder) {
		Result top = run(List.of("git", "-C", rulesFolder.toString(), "rev-parse", "--show-toplevel"));
		if (top.exit() != 0) {
			throw problem("'" + revision + "' is not a folder, and the rules folder " + rulesFolder
					+ " is not in a git checkout to look the revision up in; give a rules folder instead");
		}
		Path root = Path.of(top.output().strip());
		String inRepo = root.relativize(rulesFolder).toString().replace('\\', '/');
		String path = inRepo.isEmpty() ? "." : inRepo;
		if (run(List.of("git", "-C", root.toString(), "rev-parse", "--verify", "--quiet", revision + "^{commit}"))
			.exit() != 0) {
			throw problem("git knows no revision '" + revision + "' in " + root + "; expected a commit, branch or tag, "
					+ "or a rules folder");
		}
		if (run(List.of("git", "-C", root.toString(), "cat-file", "-e", revision + ":" + path)).exit() != 0) {
			throw problem("the revision '" + revision + "' has no " + path + "/ folder");
		}
		Path temporary = createTemporary();
		try {
			export(root, revision, path, temporary);
		}
		catch (RuntimeException ex) {
			delete(temporary);
			throw ex;
		}
		return new Baseline(temporary.resolve(path).normalize(), "git " + revision, temporary);
	}

	private static void export(Path root, String revision, String path, Path into) {
		ProcessBuilder archive = new ProcessBuilder("git", "-C", root.toString(), "archive", "--format=tar", revision,
				path);
		archive.redirectError(ProcessBuilder.Redirect.DISCARD);
		ProcessBuilder tar = new ProcessBuilder("tar", "-x", "-C", into.toString());
		tar.redirectError(ProcessBuilder.Redirect.DISCARD);
		tar.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		try {
			List<Process> pipeline = ProcessBuilder.startPipeline(List.of(archive, tar));
			for (Process process : pipeline) {
				if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					pipeline.forEach(Process::destroyForcibly);
					throw problem(
							"exporting " + path + " at '" + revision + "' took longer than " + TIMEOUT_SECONDS + " s");
				}
				if (process.exitValue() != 0) {
					throw problem("git archive " + revision + " " + path + " | tar -x failed (exit "
							+ process.exitValue() + ")");
				}
			}
		}
		catch (IOException ex) {
			throw problem("cannot run git or tar: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw problem("interrupted while exporting the baseline rules");
		}
	}

	private static Result run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new Result(-1, output);
			}
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw problem("cannot run git: " + ex.getMessage() + "; is git installed?");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw problem("interrupted while running git");
		}
	}

	private static Path createTemporary() {
		try {
			return Files.createTempDirectory("assessor-baseline-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputException problem(String message) {
		return new InputException(Location.file("--baseline"), message);
	}

	@Override
	public void close() {
		if (this.temporary != null) {
			delete(this.temporary);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a temporary folder that cannot be removed is left to the system
		}
	}

	private record Result(int exit, String output) {

	}

}
