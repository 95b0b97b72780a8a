package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * A case folder and the only way to reach the evidence files in it: every path is taken
 * relative to the folder, and a path that leaves the folder (absolute, through
 * {@code ..}, or through a symbolic link pointing out) is refused.
 */
public final class CaseFolder {

	private final Path root;

	private final EvidenceFileLimits limits;

	private CaseFolder(Path root, EvidenceFileLimits limits) {
		this.root = root;
		this.limits = limits;
	}

	/** Opens an existing folder; {@code where} locates the folder in the user's input. */
	public static CaseFolder open(Path folder, EvidenceFileLimits limits, Location where) {
		try {
			Path real = folder.toRealPath();
			if (!Files.isDirectory(real)) {
				throw new InputException(where, "'" + folder + "' is not a folder");
			}
			return new CaseFolder(real, limits);
		}
		catch (NoSuchFileException ex) {
			throw new InputException(where, "folder '" + folder + "' does not exist");
		}
		catch (IOException ex) {
			throw new InputException(where, "folder '" + folder + "' cannot be read: " + ex.getClass().getSimpleName());
		}
	}

	public static CaseFolder open(Path folder) {
		return open(folder, EvidenceFileLimits.DEFAULT, Location.file(folder.toString()));
	}

	/** The real path of the folder. */
	public Path root() {
		return this.root;
	}

	public EvidenceFileLimits limits() {
		return this.limits;
	}

	/**
	 * Resolves a path as written in a case file (relative to this folder; {@code \} is
	 * read as {@code /}) to a regular, readable file inside the folder, within the size
	 * limit. An empty file is accepted: its emptiness is a fact for the rules.
	 * @param path the path as the user wrote it
	 * @param where where the path was written (file and field)
	 * @return the checked file
	 * @throws InputException naming the path and the problem
	 */
	public ResolvedFile resolve(String path, Location where) {
		Path lexical = insideLexically(path, where);
		Path real = realPath(path, lexical, where);
		if (!real.startsWith(this.root)) {
			throw new InputException(where, "'" + path
					+ "' leads outside the case folder through a symbolic link; only files inside it are read");
		}
		checkRegularReadable(path, real, where);
		long size = size(path, real, where);
		return new ResolvedFile(relative(lexical), real, size);
	}

	/** The path relative to this folder, {@code /}-separated, for a path inside it. */
	public String relative(Path inside) {
		return this.root.relativize(inside).toString().replace('\\', '/');
	}

	private Path insideLexically(String path, Location where) {
		if (path == null || path.isBlank()) {
			throw new InputException(where, "empty file path; expected a path relative to the case folder");
		}
		String unified = path.replace('\\', '/');
		Path given;
		try {
			given = Path.of(unified);
		}
		catch (InvalidPathException ex) {
			throw new InputException(where, "'" + path + "' is not a valid file path");
		}
		if (given.isAbsolute() || unified.startsWith("/") || unified.matches("^[A-Za-z]:.*")) {
			throw new InputException(where,
					"'" + path + "' is an absolute path; expected a path relative to the case folder");
		}
		Path lexical = this.root.resolve(given).normalize();
		if (!lexical.startsWith(this.root)) {
			throw new InputException(where,
					"'" + path + "' leads outside the case folder; only files inside it are read");
		}
		return lexical;
	}

	private Path realPath(String path, Path lexical, Location where) {
		try {
			return lexical.toRealPath();
		}
		catch (NoSuchFileException ex) {
			boolean brokenLink = Files.isSymbolicLink(lexical) || Files.exists(lexical, LinkOption.NOFOLLOW_LINKS);
			throw new InputException(where, brokenLink ? "'" + path + "' is a link to a file that does not exist"
					: "file '" + path + "' not found in the case folder");
		}
		catch (IOException | SecurityException ex) {
			throw new InputException(where, "'" + path + "' cannot be resolved: " + ex.getClass().getSimpleName());
		}
	}

	private static void checkRegularReadable(String path, Path real, Location where) {
		if (Files.isDirectory(real)) {
			throw new InputException(where, "'" + path + "' is a folder; expected a file");
		}
		if (!Files.isRegularFile(real)) {
			throw new InputException(where, "'" + path + "' is not a regular file (a device, pipe or socket)");
		}
		if (!Files.isReadable(real)) {
			throw new InputException(where, "'" + path + "' cannot be read (no read permission)");
		}
	}

	private long size(String path, Path real, Location where) {
		long size;
		try {
			size = Files.size(real);
		}
		catch (IOException ex) {
			throw new InputException(where, "'" + path + "' cannot be read: " + ex.getClass().getSimpleName());
		}
		if (size > this.limits.maxFileBytes()) {
			throw new InputException(where, "'" + path + "' is " + size + " bytes; the limit is "
					+ this.limits.maxFileBytes() + " bytes per evidence file");
		}
		return size;
	}

}
