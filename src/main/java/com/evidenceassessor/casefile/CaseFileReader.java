package com.evidenceassessor.casefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.evidenceassessor.bills.evidence.CaseBills;
import com.evidenceassessor.evidencefiles.EvidenceFileSource;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.reliability.YamlAliases;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.Location;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a case file ({@code case.yaml}, {@code case.yml} or {@code case.json}) strictly:
 * unknown fields, wrong types, duplicate keys, invalid dates and broken references are
 * errors located by file, line, column and field path. Never returns a half-read case.
 */
public final class CaseFileReader {

	/**
	 * The largest case file read; a case file describes evidence, it does not contain it.
	 */
	public static final long MAX_BYTES = 2L * 1024 * 1024;

	private static final List<String> NAMES = List.of("case.yaml", "case.yml", "case.json");

	/** What reads facts from the files in a case folder, in order. */
	static final List<DerivedFactSource> SOURCES = List.of(new EvidenceFileSource(), new CaseBills());

	private CaseFileReader() {
	}

	/**
	 * Reads a case folder (which holds one of {@code case.yaml}, {@code case.yml},
	 * {@code case.json}) or a file.
	 */
	public static CaseFile read(Path path) {
		return withDerivedFacts(readWithoutDerivedFacts(path));
	}

	/**
	 * Reads and checks the case file only, without reading the files in its folder (for a
	 * caller that inspects them itself, e.g. {@code assessor inspect}).
	 */
	public static CaseFile readWithoutDerivedFacts(Path path) {
		Path file = Files.isDirectory(path) ? caseFileIn(path) : path;
		String source = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new InputException(Location.file(source), "no such file");
		}
		Path folder = file.toAbsolutePath().getParent();
		requireInside(file, folder, source);
		byte[] bytes = readBounded(file, source);
		return parse(bytes, source, isJson(file), folder);
	}

	/**
	 * A case file that is a symbolic link must stay inside its folder, like the evidence
	 * files it lists: the folder is what the user hands over.
	 */
	private static void requireInside(Path file, Path folder, String source) {
		if (!Files.isSymbolicLink(file)) {
			return;
		}
		try {
			if (!file.toRealPath().startsWith(folder.toRealPath())) {
				throw new InputException(Location.file(source), "the case file is a symbolic link to a file outside "
						+ "its folder; expected the case file itself in the case folder");
			}
		}
		catch (IOException ex) {
			throw new InputException(Location.file(source), "cannot read the file: " + ex.getMessage());
		}
	}

	/**
	 * Adds the facts every {@link DerivedFactSource} reads from the case folder's files.
	 */
	public static CaseFile withDerivedFacts(CaseFile caseFile) {
		if (caseFile.folder() == null || SOURCES.isEmpty()) {
			return caseFile;
		}
		List<Object> facts = new java.util.ArrayList<>();
		List<EvidenceItem> items = new java.util.ArrayList<>();
		for (DerivedFactSource source : SOURCES) {
			DerivedFactSource.Derived derived = source.deriveWithItems(caseFile);
			facts.addAll(derived.facts());
			items.addAll(derived.items());
		}
		return withItems(caseFile, items).withDerivedFacts(facts);
	}

	/** The case file with items added (for files that stand for items of their own). */
	public static CaseFile withItems(CaseFile caseFile, List<EvidenceItem> added) {
		if (added.isEmpty()) {
			return caseFile;
		}
		List<EvidenceItem> items = new java.util.ArrayList<>(caseFile.legalCase().items());
		items.addAll(added);
		return CaseFile.of(caseFile.folder(), caseFile.source(), caseFile.legalCase().withItems(items));
	}

	/**
	 * Reads a case file's content that did not come from disk (an upload or an API body).
	 */
	public static CaseFile parse(byte[] bytes, String source, boolean json, Path folder) {
		if (bytes.length > MAX_BYTES) {
			throw new InputException(Location.file(source),
					"case file is " + bytes.length + " bytes; the limit is " + MAX_BYTES);
		}
		String text = decodeUtf8(bytes, source);
		if (text.isBlank()) {
			throw new InputException(Location.file(source), "the case file is empty");
		}
		if (!json) {
			YamlAliases.reject(text, source);
		}
		ObjectMapper mapper = json ? Json.json() : Json.yaml();
		LegalCase legalCase;
		try {
			legalCase = mapper.readValue(text, LegalCase.class);
		}
		catch (JsonProcessingException ex) {
			throw JacksonErrors.toInputException(ex, source);
		}
		catch (StackOverflowError ex) {
			throw new InputException(Location.file(source), "the case file is nested too deeply");
		}
		if (legalCase == null) {
			throw new InputException(Location.file(source), "the case file is empty");
		}
		try {
			CaseFileValidator.validate(legalCase, source);
		}
		catch (InputException ex) {
			throw FieldLines.locate(ex, text, mapper);
		}
		return CaseFile.of(folder, source, legalCase);
	}

	/** Whether a folder holds a case file. */
	public static boolean isCaseFolder(Path folder) {
		return Files.isDirectory(folder)
				&& NAMES.stream().anyMatch((name) -> Files.isRegularFile(folder.resolve(name)));
	}

	private static Path caseFileIn(Path folder) {
		for (String name : NAMES) {
			Path candidate = folder.resolve(name);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new InputException(Location.file(folder.toString()),
				"no case file in this folder; expected one of " + String.join(", ", NAMES));
	}

	private static boolean isJson(Path file) {
		return file.getFileName().toString().toLowerCase().endsWith(".json");
	}

	private static byte[] readBounded(Path file, String source) {
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new InputException(Location.file(source),
						"case file is " + size + " bytes; the limit is " + MAX_BYTES);
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new InputException(Location.file(source), "cannot read the file: " + ex.getMessage());
		}
	}

	private static String decodeUtf8(byte[] bytes, String source) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new InputException(Location.file(source),
					"the file is not UTF-8 text; save it as UTF-8 (Excel: CSV UTF-8; editors: UTF-8 without BOM)");
		}
	}

}
