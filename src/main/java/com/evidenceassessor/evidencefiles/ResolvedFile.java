package com.evidenceassessor.evidencefiles;

import java.nio.file.Path;

/**
 * A file inside a case folder that passed every check of {@link CaseFolder#resolve}: it
 * exists, is a regular readable file, stays inside the folder and is within the size
 * limit.
 *
 * @param relativePath the path relative to the case folder, with {@code /} separators
 * @param realPath the real path on disk (links resolved)
 * @param size the size in bytes (0 for an empty file)
 */
public record ResolvedFile(String relativePath, Path realPath, long size) {

}
