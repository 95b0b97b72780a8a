package com.evidenceassessor.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * Finds the case folders under an input folder: every folder holding a case file
 * ({@code case.yaml}, {@code case.yml}, {@code case.json}), up to four levels down, not
 * looking inside a case folder (its subfolders hold its evidence and bills) nor into
 * hidden folders or macOS's {@code __MACOSX}. Symbolic links are not followed. The order
 * is the order of the relative paths, so a run sees the same list on every machine.
 */
final class CaseScanner {

	static final List<String> CASE_FILES = List.of("case.yaml", "case.yml", "case.json");

	private static final int MAX_DEPTH = 4;

	private CaseScanner() {
	}

	/**
	 * Relative paths ({@code /} separators) of the case folders; "." for the root itself.
	 */
	static List<String> scan(Path root) {
		List<String> found = new ArrayList<>();
		try {
			walk(root, root, 0, found);
		}
		catch (IOException ex) {
			throw new InputException(Location.file(root.toString()), "cannot read the folder: " + ex.getMessage());
		}
		found.sort(null);
		return found;
	}

	static boolean isCaseFolder(Path folder) {
		return CASE_FILES.stream().anyMatch(name -> Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS));
	}

	private static void walk(Path root, Path folder, int depth, List<String> found) throws IOException {
		if (isCaseFolder(folder)) {
			found.add(root.equals(folder) ? "." : relative(root, folder));
			return;
		}
		if (depth == MAX_DEPTH) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				boolean hidden = name.startsWith(".") || name.equals("__MACOSX");
				if (!hidden && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
					walk(root, entry, depth + 1, found);
				}
			}
		}
	}

	static String relative(Path root, Path folder) {
		return root.relativize(folder).toString().replace('\\', '/');
	}

}
