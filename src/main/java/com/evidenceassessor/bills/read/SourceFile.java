package com.evidenceassessor.bills.read;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * The bill file being read: where it is, how the user named it, its size and content
 * hash. The hash is computed beside the parsing (on another thread) and joined when the
 * statement is built.
 *
 * @param path the file
 * @param name the file as the user named it (for messages)
 * @param size its size in bytes
 * @param digest the SHA-256 of its bytes, lower-case hex, when done
 */
public record SourceFile(Path path, String name, long size, CompletableFuture<String> digest) {

	public Location location() {
		return Location.file(this.name);
	}

	/** The SHA-256 of the file, waiting for the hashing to finish. */
	public String sha256() {
		try {
			return this.digest.join();
		}
		catch (CompletionException ex) {
			throw new InputException(location(), "cannot be read (" + ex.getCause().getMessage() + ")", ex.getCause());
		}
	}

}
