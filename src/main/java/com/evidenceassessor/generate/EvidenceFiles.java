package com.evidenceassessor.generate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.imageio.ImageIO;

import com.evidenceassessor.casefile.CanonicalHash;
import com.evidenceassessor.facts.EvidenceFile;

/**
 * The evidence files a lawyer keeps beside a case file: chat exports as text, images as
 * small PNGs, documents as one-page PDFs. Each is recorded on its item, with the SHA-256
 * taken when it was fixed where a third party fixed it.
 */
final class EvidenceFiles implements CaseFiles {

	private static final DateTimeFormatter CHAT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

	@Override
	public void add(CaseDraft draft, Map<String, byte[]> files) {
		for (ItemDraft item : draft.items) {
			byte[] content = content(draft, item);
			if (content == null) {
				continue;
			}
			String path = "evidence/" + item.id + extension(item);
			files.put(path, content);
			String sha256 = item.hashRecordedWhenFixed() ? CanonicalHash.sha256(content) : null;
			item.files.add(new EvidenceFile(path, sha256));
		}
	}

	private static byte[] content(CaseDraft draft, ItemDraft item) {
		return switch (item.kind) {
			case TEXT, MOMENTS_POST -> chatExport(item);
			case IMAGE -> png(draft.dice);
			// a file that expired before it was saved is not held: only its name is
			case FILE -> item.fileHeld() ? pdf(item.title) : null;
			default -> null;
		};
	}

	private static String extension(ItemDraft item) {
		return switch (item.kind) {
			case IMAGE -> ".png";
			case FILE -> ".pdf";
			default -> "-聊天记录.txt";
		};
	}

	private static byte[] chatExport(ItemDraft item) {
		StringBuilder text = new StringBuilder();
		text.append(item.title).append("\n\n");
		for (int i = 0; i < item.chatLines.size(); i++) {
			// a record said to show only the time of day shows only that
			DateTimeFormatter format = item.showsOnlyTimeOfDay() ? TIME_OF_DAY : CHAT_TIME;
			text.append(item.time.plusSeconds(40L * i).format(format))
				.append(' ')
				.append(item.chatLines.get(i))
				.append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] png(Dice dice) {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 8; y++) {
			for (int x = 0; x < 8; x++) {
				image.setRGB(x, y, dice.between(0, 0xFFFFFF));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A valid one-page PDF naming the document (ASCII only: no fonts embedded). */
	private static byte[] pdf(String title) {
		String label = "Document " + Integer.toHexString(title.hashCode());
		String stream = "BT /F1 14 Tf 72 770 Td (" + label + ") Tj ET";
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.length + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
