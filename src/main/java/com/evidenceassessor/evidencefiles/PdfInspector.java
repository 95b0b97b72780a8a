package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Reads a PDF's document information, signatures and revision history with PDFBox. The
 * document is parsed, never rendered; JavaScript and open actions are only noted. Streams
 * are cached in temporary files, not memory.
 */
final class PdfInspector {

	private static final COSName GO_TO = COSName.getPDFName("GoTo");

	PdfMetadata read(Path file) throws IOException {
		PdfRevisions revisions = PdfRevisions.scan(file);
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			PDDocumentInformation info = document.getDocumentInformation();
			List<PDSignature> signatures = document.getSignatureDictionaries();
			return new PdfMetadata(blankToNull(info.getProducer()), blankToNull(info.getCreator()),
					time(info.getCreationDate()), time(info.getModificationDate()), document.getNumberOfPages(),
					revisions.eofEnds().size(), revisions.linearized(), revisions.incrementalUpdates(),
					signatures.size(), changedAfterSignature(signatures, revisions), document.isEncrypted(),
					activeContent(document.getDocumentCatalog()));
		}
		catch (InvalidPasswordException ex) {
			return new PdfMetadata(null, null, null, null, null, revisions.eofEnds().size(), revisions.linearized(),
					revisions.incrementalUpdates(), 0, false, true, false);
		}
	}

	private static boolean changedAfterSignature(List<PDSignature> signatures, PdfRevisions revisions) {
		long lastSignedEnd = -1;
		for (PDSignature signature : signatures) {
			int[] range = signature.getByteRange();
			if (range != null && range.length == 4) {
				lastSignedEnd = Math.max(lastSignedEnd, (long) range[2] + range[3]);
			}
		}
		return lastSignedEnd >= 0 && revisions.revisionEndsAfter(lastSignedEnd);
	}

	private static boolean activeContent(PDDocumentCatalog catalog) {
		COSDictionary dictionary = catalog.getCOSObject();
		if (dictionary.containsKey(COSName.AA)) {
			return true;
		}
		// an OpenAction other than a jump inside the document (a destination or /GoTo is
		// harmless)
		if (dictionary.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary action
				&& action.containsKey(COSName.S) && !GO_TO.equals(action.getCOSName(COSName.S))) {
			return true;
		}
		PDDocumentNameDictionary names = catalog.getNames();
		return names != null && names.getJavaScript() != null;
	}

	private static OffsetDateTime time(Calendar calendar) {
		if (calendar == null) {
			return null;
		}
		return OffsetDateTime.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
