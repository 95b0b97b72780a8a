package com.evidenceassessor.evidencefiles;

import java.util.List;

/**
 * Everything read from one evidence file: the facts the rules and the {@code inspect}
 * command see. Immutable.
 *
 * @param path the path relative to the case folder, {@code /}-separated
 * @param size size in bytes
 * @param sha256 the file's SHA-256, lower-case hex
 * @param recordedSha256 the hash recorded for it (case file, certificate), {@code null}
 * if none
 * @param hashCheck how the two compare
 * @param type the type by content and by name
 * @param metadata the embedded metadata of its family
 * @param observations what is worth telling about it, in words
 */
public record EvidenceFileFacts(String path, long size, String sha256, String recordedSha256, HashCheck hashCheck,
		FileType type, FileMetadata metadata, List<Observation> observations) {

	public EvidenceFileFacts {
		observations = List.copyOf(observations);
	}

	public MediaFamily family() {
		return this.type.family();
	}

	public String contentType() {
		return this.type.contentType();
	}

	public boolean empty() {
		return this.size == 0;
	}

	public boolean extensionMismatch() {
		return this.type.extensionMismatch();
	}

	public boolean metadataUnreadable() {
		return this.metadata instanceof FileMetadata.Unreadable;
	}

	public boolean has(Observation.Code code) {
		return this.observations.stream().anyMatch((observation) -> observation.code() == code);
	}

}
