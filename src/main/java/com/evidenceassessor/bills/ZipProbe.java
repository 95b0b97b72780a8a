package com.evidenceassessor.bills;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.evidenceassessor.bills.read.SourceFile;
import com.evidenceassessor.support.InputException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a ZIP or OLE2 container is before any bill reader opens it: an .xlsx
 * workbook, the still-zipped (and password-protected) download, a password-protected
 * workbook, a legacy .xls. Only entry names are read here, never contents.
 */
final class ZipProbe {

	private static final int MAX_NAMES_SHOWN = 5;

	private static final int MAX_ENTRIES = 10_000;

	private ZipProbe() {
	}

	/** Returns when the ZIP is an OOXML workbook; otherwise says what it is instead. */
	static void requireWorkbook(SourceFile source, byte[] head, int length) {
		boolean encrypted = length > 8 && head[2] == 3 && (head[6] & 1) != 0;
		List<String> names = names(source);
		if (encrypted) {
			throw new InputException(source.location(),
					"a password-protected ZIP archive" + contents(names)
							+ "; expected the bill inside it: unzip it with the 6-digit password the 微信支付 / 支付宝 "
							+ "service message gives, and give the .csv or .xlsx file");
		}
		if (!names.contains("[Content_Types].xml") || names.stream().noneMatch(n -> n.startsWith("xl/"))) {
			throw new InputException(source.location(), "a ZIP archive, not an Excel workbook" + contents(names)
					+ "; expected a bill: unzip it and give the .csv or .xlsx file inside");
		}
	}

	private static List<String> names(SourceFile source) {
		List<String> names = new ArrayList<>();
		try (ZipFile zip = new ZipFile(source.path().toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements() && names.size() < MAX_ENTRIES) {
				names.add(entries.nextElement().getName());
			}
			return names;
		}
		catch (IOException | RuntimeException ex) {
			throw new InputException(source.location(),
					"a damaged or truncated ZIP container (.xlsx) (" + ex.getMessage()
							+ "); expected the workbook as WeChat delivered it: download and unzip the bill " + "again",
					ex);
		}
	}

	private static String contents(List<String> names) {
		if (names.isEmpty()) {
			return "";
		}
		List<String> shown = names.subList(0, Math.min(MAX_NAMES_SHOWN, names.size()));
		return " (containing " + String.join(", ", shown) + (names.size() > shown.size() ? ", …" : "") + ")";
	}

	/** What an OLE2 container is, as an error: bills are never OLE2. */
	static InputException ole2(SourceFile source) {
		Set<String> entries;
		try (POIFSFileSystem fs = new POIFSFileSystem(source.path().toFile(), true)) {
			entries = fs.getRoot().getEntryNames();
		}
		catch (IOException | RuntimeException ex) {
			return new InputException(source.location(),
					"a damaged Microsoft Office (OLE2) file; expected a bill " + "export (.csv, .xlsx or .pdf)", ex);
		}
		if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
			return new InputException(source.location(), "a password-protected Excel workbook; expected the "
					+ "workbook without a password: open it in Excel, remove the password and save as .xlsx, or "
					+ "give the original WeChat export");
		}
		if (entries.contains("Workbook") || entries.contains("Book")) {
			return new InputException(source.location(), "a legacy Excel 97–2003 (.xls) workbook; expected the "
					+ "original WeChat .xlsx (or .csv) export, not a re-saved copy");
		}
		return new InputException(source.location(), "a Microsoft Office 97–2003 (OLE2) document that is not a bill; "
				+ "expected a WeChat Pay .csv/.xlsx/.pdf or an Alipay .csv export");
	}

}
