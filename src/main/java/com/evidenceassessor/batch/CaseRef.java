package com.evidenceassessor.batch;

import java.nio.file.Path;

/**
 * A case folder a run found.
 *
 * @param runId the run (Spring Batch job instance id)
 * @param seq its place in the run's list, 0-based
 * @param path its path relative to the input folder, with {@code /} separators
 * @param folder where it is on disk
 */
record CaseRef(long runId, int seq, String path, Path folder) {

}
