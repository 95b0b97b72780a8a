package com.evidenceassessor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.facts.EvidenceFile;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import com.evidenceassessor.web.UploadPolicy.Part;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns an upload (a case file, its bills, its evidence files) into a case: the files go
 * into a temporary case folder of their own, readable by the server's user only, under
 * safe names (an evidence file named in the case file lands at the path the case file
 * gives it; bills go under {@code bills/}); the case is read and its files' facts
 * derived; then the folder is deleted. Evidence is not kept; the opinion is.
 */
@Component
public class CaseUploads {

	/**
	 * Reads an uploaded case.
	 * @throws InputException naming the file (and line, field) that is wrong
	 */
	public CaseFile read(MultipartFile caseFile, List<MultipartFile> bills, List<MultipartFile> evidence) {
		if (caseFile == null || !chosen(caseFile)) {
			throw new InputException(Location.file("case"),
					"no case file was uploaded; expected case.yaml or case.json (see cases/ for examples)");
		}
		String caseName = UploadPolicy.safeName(caseFile.getOriginalFilename(), Part.CASE);
		if (caseFile.isEmpty()) {
			throw new InputException(Location.file(caseName), "the case file is empty");
		}
		if (caseFile.getSize() > CaseFileReader.MAX_BYTES) {
			throw new InputException(Location.file(caseName),
					"case file is " + caseFile.getSize() + " bytes; the limit is " + CaseFileReader.MAX_BYTES);
		}
		Path folder = createFolder();
		try {
			byte[] bytes = caseFile.getBytes();
			boolean json = UploadPolicy.extension(caseName).equals("json");
			CaseFile parsed = CaseFileReader.parse(bytes, caseName, json, folder);
			Files.write(folder.resolve(json ? "case.json" : "case.yaml"), bytes);
			Set<Path> taken = new HashSet<>();
			for (MultipartFile bill : chosen(bills)) {
				store(bill, Part.BILL, folder.resolve("bills"), Map.of(), taken);
			}
			Map<String, String> declared = declaredPaths(parsed);
			for (MultipartFile file : chosen(evidence)) {
				store(file, Part.EVIDENCE, folder, declared, taken);
			}
			CaseFile withFacts = CaseFileReader.withDerivedFacts(parsed);
			return withFacts.detached(caseName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store the upload in " + folder, ex);
		}
		finally {
			delete(folder);
		}
	}

	private static void store(MultipartFile upload, Part part, Path base, Map<String, String> declared, Set<Path> taken)
			throws IOException {
		String name = UploadPolicy.safeName(upload.getOriginalFilename(), part);
		try (InputStream head = upload.getInputStream()) {
			UploadPolicy.checkContent(name, part, head);
		}
		Path target = base.resolve(declared.getOrDefault(name, name)).normalize();
		if (!target.startsWith(base) || !taken.add(target)) {
			throw new InputException(Location.file(name),
					"two uploaded files are both named '" + name + "'; give each file its own name");
		}
		Files.createDirectories(target.getParent());
		try (InputStream in = upload.getInputStream()) {
			Files.copy(in, target);
		}
	}

	/**
	 * Where the case file puts each evidence file, by file name, when that path is a
	 * plain relative path and no other file has the same name.
	 */
	private static Map<String, String> declaredPaths(CaseFile caseFile) {
		Map<String, String> byName = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (EvidenceItem item : caseFile.legalCase().items()) {
			for (EvidenceFile file : item.files()) {
				String path = file.path().replace('\\', '/');
				if (!isPlainRelative(path)) {
					continue;
				}
				String name = path.substring(path.lastIndexOf('/') + 1);
				String previous = byName.putIfAbsent(name, path);
				if (previous != null && !previous.equals(path)) {
					ambiguous.add(name);
				}
			}
		}
		ambiguous.forEach(byName::remove);
		return byName;
	}

	private static boolean isPlainRelative(String path) {
		if (path.isBlank() || path.startsWith("/") || path.contains(":")) {
			return false;
		}
		for (String segment : path.split("/")) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.startsWith(".")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The files chosen in the form. A browser sends an empty, nameless part for a file
	 * field left blank; a named empty file was chosen, and is read (and refused) like any
	 * other, never silently dropped.
	 */
	private static List<MultipartFile> chosen(List<MultipartFile> files) {
		return (files != null) ? files.stream().filter(f -> f != null && chosen(f)).toList() : List.of();
	}

	private static boolean chosen(MultipartFile file) {
		String name = file.getOriginalFilename();
		return !file.isEmpty() || (name != null && !name.isBlank());
	}

	private static Path createFolder() {
		try {
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				return Files.createTempDirectory("assessor-upload-",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			return Files.createTempDirectory("assessor-upload-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a temporary folder for the upload", ex);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// nothing more to do: the folder is in the temporary directory
		}
	}

}
