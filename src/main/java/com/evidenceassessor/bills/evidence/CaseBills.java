package com.evidenceassessor.bills.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.evidenceassessor.bills.BillLimits;
import com.evidenceassessor.bills.BillReader;
import com.evidenceassessor.bills.BillStatement;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.DerivedFactSource;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * The bills of a case folder: every file in its {@code bills/} folder, and the files of
 * the items of kind {@code bill}. Each is read with {@link BillReader}; a bill no item
 * lists becomes an item of its own. A bad bill file is a located error naming the file as
 * the user can find it.
 */
public final class CaseBills implements DerivedFactSource {

	/** The folder of a case that holds its bills. */
	public static final String FOLDER = "bills";

	private static final int MAX_BILLS = 100;

	@Override
	public List<Object> derive(CaseFile caseFile) {
		return deriveWithItems(caseFile).facts();
	}

	@Override
	public Derived deriveWithItems(CaseFile caseFile) {
		List<CaseBill> bills = read(caseFile);
		if (bills.isEmpty()) {
			return new Derived(List.of(), List.of());
		}
		BillCaseFacts.Result result = BillCaseFacts.derive(caseFile.legalCase(), bills);
		return new Derived(result.facts(), result.addedItems());
	}

	static List<CaseBill> read(CaseFile caseFile) {
		Path folder = caseFile.folder().toAbsolutePath().normalize();
		Map<String, String> listed = listedFiles(caseFile, folder);
		Map<String, String> files = new LinkedHashMap<>(listed);
		for (String file : folderFiles(folder)) {
			files.putIfAbsent(file, null);
		}
		if (files.size() > MAX_BILLS) {
			throw new InputException(Location.file(shown(caseFile, FOLDER)),
					files.size() + " bill files; expected at most " + MAX_BILLS);
		}
		List<CaseBill> bills = new ArrayList<>();
		for (Map.Entry<String, String> entry : files.entrySet()) {
			BillStatement statement = BillReader.read(folder.resolve(entry.getKey()), shown(caseFile, entry.getKey()),
					BillLimits.defaults(), null);
			bills.add(new CaseBill(entry.getKey(), entry.getValue(), statement));
		}
		return bills;
	}

	/** The files of {@code bill} items, by relative path, with the item's id. */
	private static Map<String, String> listedFiles(CaseFile caseFile, Path folder) {
		Map<String, String> files = new LinkedHashMap<>();
		List<EvidenceItem> items = caseFile.legalCase().items();
		for (int i = 0; i < items.size(); i++) {
			EvidenceItem item = items.get(i);
			if (item.kind() != ItemKind.BILL) {
				continue;
			}
			for (int j = 0; j < item.files().size(); j++) {
				String field = "items[" + i + "].files[" + j + "].path";
				String path = inside(caseFile, folder, item.files().get(j).path(), field);
				files.putIfAbsent(path, item.id());
			}
		}
		return files;
	}

	/** A relative path that stays inside the case folder and names a file, normalised. */
	private static String inside(CaseFile caseFile, Path folder, String path, String field) {
		Path resolved = folder.resolve(path).normalize();
		Location where = Location.file(caseFile.source()).withField(field);
		if (Path.of(path).isAbsolute() || !resolved.startsWith(folder)) {
			throw new InputException(where, "found '" + path + "'; expected a path inside the case folder");
		}
		if (!Files.isRegularFile(resolved)) {
			throw new InputException(where, "found '" + path + "', which is not a file in the case folder; "
					+ "expected the bill file (e.g. bills/微信支付账单.xlsx)");
		}
		try {
			if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
				throw new InputException(where,
						"found '" + path + "', a link leading out of the case folder; " + "expected a file inside it");
			}
		}
		catch (IOException ex) {
			throw new InputException(where, "cannot be read (" + ex.getMessage() + ")", ex);
		}
		return folder.relativize(resolved).toString().replace('\\', '/');
	}

	/** The regular files of {@code bills/}, sorted; hidden files and notes left out. */
	private static List<String> folderFiles(Path folder) {
		Path bills = folder.resolve(FOLDER);
		if (!Files.isDirectory(bills)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(bills)) {
			return entries.filter(Files::isRegularFile)
				.filter(CaseBills::isBillFile)
				.map(p -> folder.relativize(p.normalize()).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new InputException(Location.file(bills.toString()), "cannot be listed (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * Whether a file in a folder of bills is taken for a bill: hidden files and notes
	 * ({@code README}, {@code .md}) are not.
	 */
	public static boolean isBillFile(Path file) {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase();
		return !name.startsWith(".") && !lower.startsWith("readme") && !lower.endsWith(".md");
	}

	/** The file as the user can find it: beside their case file. */
	private static String shown(CaseFile caseFile, String relative) {
		Path parent = Path.of(caseFile.source()).getParent();
		return parent == null ? relative : parent.resolve(relative).toString();
	}

}
