package com.evidenceassessor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * What a run reads: a folder of case folders, or a zip archive of them unpacked (safely)
 * into the data folder under a name made from the archive's SHA-256, so a resumed run
 * finds the same copy.
 *
 * @param given the input as the user named it, absolute
 * @param casesRoot the folder holding the case folders
 * @param sha256 the archive's SHA-256, or {@code null} for a folder
 * @param unpacked where the archive was unpacked, or {@code null} for a folder
 */
record BatchInput(Path given, Path casesRoot, String sha256, Path unpacked) {

	boolean isArchive() {
		return this.sha256 != null;
	}

	/**
	 * How the user knows where the cases are: the folder, or the archive followed by
	 * {@code !} (then the path inside it).
	 */
	String sourceRoot() {
		if (!isArchive()) {
			return this.casesRoot.toString();
		}
		String inside = this.unpacked.relativize(this.casesRoot).toString().replace('\\', '/');
		return this.given + "!" + (inside.isEmpty() ? "" : "/" + inside);
	}

	/** Resolves the input, unpacking an archive into {@code dataFolder/unpacked/}. */
	static BatchInput resolve(Path input, Path dataFolder, ZipLimits limits) {
		Path given = input.toAbsolutePath().normalize();
		if (Files.isDirectory(given)) {
			return new BatchInput(given, given, null, null);
		}
		if (!Files.isRegularFile(given)) {
			throw new InputException(Location.file(input.toString()),
					"no such folder or file; expected a folder of case folders or a .zip of them");
		}
		String sha256 = sha256(given);
		Path unpacked = dataFolder.toAbsolutePath().normalize().resolve("unpacked").resolve(sha256.substring(0, 16));
		if (!Files.isDirectory(unpacked)) {
			unpack(given, unpacked, limits);
		}
		return new BatchInput(given, topFolder(unpacked), sha256, unpacked);
	}

	/**
	 * An archive made by zipping a folder holds that folder alone: its case folders are
	 * one level down. Case paths are then the same as when the folder itself is the
	 * input.
	 */
	private static Path topFolder(Path unpacked) {
		if (CaseScanner.isCaseFolder(unpacked)) {
			return unpacked;
		}
		try (var entries = Files.list(unpacked)) {
			List<Path> visible = entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
			boolean single = visible.size() == 1 && Files.isDirectory(visible.get(0))
					&& !CaseScanner.isCaseFolder(visible.get(0));
			return single ? visible.get(0) : unpacked;
		}
		catch (IOException ex) {
			throw new InputException(Location.file(unpacked.toString()), "cannot read: " + ex.getMessage());
		}
	}

	/** Unpacks beside the final folder, then renames it: the folder exists only whole. */
	private static void unpack(Path zip, Path unpacked, ZipLimits limits) {
		Path partial = unpacked.resolveSibling(unpacked.getFileName() + ".partial");
		SafeUnzip.deleteQuietly(partial);
		SafeUnzip.extract(zip, partial, limits);
		try {
			Files.move(partial, unpacked, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			SafeUnzip.deleteQuietly(partial);
			throw new InputException(Location.file(unpacked.toString()), "cannot unpack here: " + ex.getMessage());
		}
	}

	/** Removes the unpacked copy of an archive, once a run over it is complete. */
	void cleanUp() {
		if (isArchive()) {
			SafeUnzip.deleteQuietly(this.unpacked);
		}
	}

	private static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new InputException(Location.file(file.toString()), "cannot read the file: " + ex.getMessage());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
