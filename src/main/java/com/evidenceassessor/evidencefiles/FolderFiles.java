package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * The regular files below a folder, at most {@link EvidenceFileLimits#maxFolderFiles()},
 * sorted by path. Symbolic links are never followed (not into folders, not to files);
 * they are listed as skipped.
 *
 * @param files the paths of the regular files, relative to the folder
 * @param skipped what was not read and why
 */
record FolderFiles(List<String> files, List<SkippedPath> skipped) {

	static FolderFiles list(CaseFolder folder, Location where) {
		Collector collector = new Collector(folder);
		try {
			Files.walkFileTree(folder.root(), EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, collector);
		}
		catch (IOException ex) {
			throw new InputException(where, "the folder could not be listed: " + ex.getClass().getSimpleName());
		}
		if (collector.files.size() > folder.limits().maxFolderFiles()) {
			throw new InputException(where, "the folder holds more than " + folder.limits().maxFolderFiles()
					+ " files; inspect a smaller folder");
		}
		collector.files.sort(null);
		return new FolderFiles(List.copyOf(collector.files), List.copyOf(collector.skipped));
	}

	private static final class Collector extends SimpleFileVisitor<Path> {

		private final CaseFolder folder;

		private final List<String> files = new ArrayList<>();

		private final List<SkippedPath> skipped = new ArrayList<>();

		Collector(CaseFolder folder) {
			this.folder = folder;
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
			String relative = this.folder.relative(file);
			if (attributes.isSymbolicLink()) {
				this.skipped.add(new SkippedPath(relative, linkReason(file)));
			}
			else if (attributes.isRegularFile()) {
				this.files.add(relative);
				if (this.files.size() > this.folder.limits().maxFolderFiles()) {
					return FileVisitResult.TERMINATE;
				}
			}
			else {
				this.skipped.add(new SkippedPath(relative, "not a regular file"));
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFileFailed(Path file, IOException failure) {
			this.skipped.add(new SkippedPath(this.folder.relative(file),
					"cannot be read: " + failure.getClass().getSimpleName()));
			return FileVisitResult.CONTINUE;
		}

		private String linkReason(Path link) {
			try {
				boolean inside = link.toRealPath().startsWith(this.folder.root());
				return inside ? "symbolic link (not followed; its target is listed if it is in the folder)"
						: "symbolic link leading outside the folder (not followed)";
			}
			catch (IOException ex) {
				return "broken symbolic link";
			}
		}

	}

}
