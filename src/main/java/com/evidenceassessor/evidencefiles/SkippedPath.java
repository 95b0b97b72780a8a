package com.evidenceassessor.evidencefiles;

/**
 * A path below an inspected folder that was not read, and why (a symbolic link, a special
 * file).
 *
 * @param path the path relative to the folder
 * @param reason why it was not read
 */
public record SkippedPath(String path, String reason) {

}
