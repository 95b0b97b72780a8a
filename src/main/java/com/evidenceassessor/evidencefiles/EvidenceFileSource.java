package com.evidenceassessor.evidencefiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.DerivedFactSource;
import com.evidenceassessor.facts.EvidenceFile;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.support.Location;

/**
 * Inspects every file each item of a case lists, while the case is loaded, and gives the
 * rules one {@link EvidenceFileFact} per (item, file). A path that leaves the case
 * folder, a missing or unreadable file, a file over the size limit or a malformed
 * recorded hash is a located error naming {@code items[i].files[j]}.
 */
public final class EvidenceFileSource implements DerivedFactSource {

	private final EvidenceFileLimits limits;

	public EvidenceFileSource() {
		this(EvidenceFileLimits.DEFAULT);
	}

	public EvidenceFileSource(EvidenceFileLimits limits) {
		this.limits = limits;
	}

	@Override
	public List<Object> derive(CaseFile caseFile) {
		return facts(caseFile, inspect(caseFile));
	}

	/** The rules' facts for files already inspected. */
	public List<Object> facts(CaseFile caseFile, List<ItemFiles> inspected) {
		if (inspected.isEmpty()) {
			return List.of();
		}
		Map<String, Set<String>> itemsBySha = itemsBySha(inspected);
		Map<String, EvidenceItem> items = new HashMap<>();
		caseFile.legalCase().items().forEach((item) -> items.put(item.id(), item));
		List<Object> facts = new ArrayList<>();
		for (ItemFiles item : inspected) {
			for (EvidenceFileFacts file : item.files()) {
				facts.add(fact(items.get(item.itemId()), file, itemsBySha));
			}
		}
		return facts;
	}

	/** Every item's files, inspected; items without files are left out. */
	public List<ItemFiles> inspect(CaseFile caseFile) {
		List<EvidenceItem> items = caseFile.legalCase().items();
		if (caseFile.folder() == null || items.stream().allMatch((item) -> item.files().isEmpty())) {
			return List.of();
		}
		CaseFolder folder = CaseFolder.open(caseFile.folder(), this.limits, Location.file(caseFile.source()));
		EvidenceFileInspector inspector = new EvidenceFileInspector();
		List<ItemFiles> inspected = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			EvidenceItem item = items.get(i);
			List<EvidenceFileFacts> files = new ArrayList<>();
			for (int j = 0; j < item.files().size(); j++) {
				EvidenceFile file = item.files().get(j);
				Location where = new Location(caseFile.source(), 0, 0, "items[" + i + "].files[" + j + "]");
				files.add(inspector.inspect(folder, file.path(), file.sha256(), where));
			}
			if (!files.isEmpty()) {
				inspected.add(new ItemFiles(item.id(), item.kind(), item.custody().form(), files));
			}
		}
		return inspected;
	}

	static EvidenceFileFact fact(EvidenceItem item, EvidenceFileFacts file, Map<String, Set<String>> itemsBySha) {
		FileMetadata metadata = file.metadata();
		ImageMetadata image = (metadata instanceof ImageMetadata i) ? i : null;
		AudioMetadata audio = (metadata instanceof AudioMetadata a) ? a : null;
		PdfMetadata pdf = (metadata instanceof PdfMetadata p) ? p : null;
		FileTimes.FileTime time = FileTimes.of(metadata);
		List<String> others = new ArrayList<>(
				file.empty() ? Set.of() : itemsBySha.getOrDefault(file.sha256(), Set.of()));
		others.remove(item.id());
		return new EvidenceFileFact(item.id(), file.path(), file.sha256(), file.hashCheck(), file.family(),
				file.contentType(), KindFit.fits(item.kind(), item.custody().form(), file.family()),
				file.extensionMismatch(), file.empty(), file.metadataUnreadable(),
				(image != null) ? image.editingSoftwareFound() : null,
				(image != null && image.editingSoftwareFound()) ? String.join("; ", image.editingTraces()) : null,
				(time != null) ? time.time() : null, (time != null) ? time.source() : null,
				FileTimes.minutesAfter(item.time(), time), (audio != null) ? audio.weChatOriginalFormat() : null,
				(pdf != null) ? pdfChanged(pdf) : null, (pdf != null) ? pdf.signatures() : null,
				(pdf != null) ? pdf.activeContent() : null, others);
	}

	private static boolean pdfChanged(PdfMetadata pdf) {
		return pdf.changedAfterCreation() || pdf.modifiedDateAfterCreation() || pdf.changedAfterSignature();
	}

	private static Map<String, Set<String>> itemsBySha(List<ItemFiles> inspected) {
		Map<String, Set<String>> itemsBySha = new HashMap<>();
		for (ItemFiles item : inspected) {
			for (EvidenceFileFacts file : item.files()) {
				itemsBySha.computeIfAbsent(file.sha256(), (k) -> new LinkedHashSet<>()).add(item.itemId());
			}
		}
		return itemsBySha;
	}

}
