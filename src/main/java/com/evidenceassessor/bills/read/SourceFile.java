package com.evidenceassessor.bills.read;

import java.nio.file.Path;

import com.evidenceassessor.support.Location;

/**
 * The bill file being read: where it is, how the user named it, its size and content
 * hash.
 *
 * @param path the file
 * @param name the file as the user named it (for messages)
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 */
public record SourceFile(Path path, String name, long size, String sha256) {

	public Location location() {
		return Location.file(this.name);
	}

}
