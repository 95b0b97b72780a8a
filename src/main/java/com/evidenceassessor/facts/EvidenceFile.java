package com.evidenceassessor.facts;

/**
 * A file that holds (a copy of) the item, relative to the case folder.
 *
 * @param path the file's path relative to the case folder
 * @param sha256 the SHA-256 recorded when the file was fixed, if any
 */
public record EvidenceFile(String path, String sha256) {

}
