package com.evidenceassessor.generate;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import com.evidenceassessor.casefile.CanonicalHash;
import com.evidenceassessor.facts.SubmissionForm;
import com.evidenceassessor.facts.EvidenceFile;
import com.evidenceassessor.facts.ItemKind;

/**
 * The evidence files a lawyer keeps beside a case file: chats and payments as filed (the
 * app's export as text, a screenshot as a phone-sized PNG, a printout as a one-page PDF),
 * images as small PNGs, documents as one-page PDFs. Each is recorded on its item, with
 * the SHA-256 taken when it was fixed where a third party fixed it.
 */
final class EvidenceFiles implements CaseFiles {

	private static final DateTimeFormatter CHAT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

	private static final int SCREEN_WIDTH = 720;

	private static final int SCREEN_HEIGHT = 1280;

	/** The IEND chunk that closes a PNG: length, type and CRC, no data. */
	private static final int PNG_END_CHUNK = 12;

	@Override
	public void add(CaseDraft draft, Map<String, byte[]> files) {
		for (ItemDraft item : draft.items) {
			Written file = written(draft, item);
			if (file == null) {
				continue;
			}
			String path = "evidence/" + item.id + file.extension();
			files.put(path, file.content());
			String sha256 = item.hashRecordedWhenFixed() ? CanonicalHash.sha256(file.content()) : null;
			item.files.add(new EvidenceFile(path, sha256));
		}
	}

	/**
	 * The item's file as written, its name's ending chosen with its content, or
	 * {@code null} where none is written.
	 */
	private static Written written(CaseDraft draft, ItemDraft item) {
		return switch (item.kind) {
			case TEXT, MOMENTS_POST -> chatRecord(item);
			case IMAGE -> image(draft, item);
			// a file that expired before it was saved is not held: only its name is
			case FILE -> item.fileHeld() ? new Written(".pdf", pdf(item.title)) : null;
			// a payment is filed as a screenshot or a printout of it (review round 39: it
			// came with no file, so the checks that read the file never ran); a link's
			// file is what it opens, held only where that was preserved
			case TRANSFER, RED_PACKET -> capture(item);
			default -> null;
		};
	}

	/**
	 * A payment as filed: a screenshot as a phone-sized picture, a printout or a third
	 * party's certificate of it as a PDF; shown on the phone or screen-recorded, no file.
	 */
	private static Written capture(ItemDraft item) {
		SubmissionForm form = item.form();
		if (form == SubmissionForm.PRINTOUT || form.issuedByThirdParty()) {
			return new Written(".pdf", pdf(item.title));
		}
		return (form == SubmissionForm.SCREENSHOT) ? new Written(".png", screenshot(item)) : null;
	}

	/**
	 * An image as filed: a screenshot (of attendance records, of comments) is a
	 * phone-sized picture, a camera photo a small one of its own; printed, a PDF; a
	 * screen recording is a video, and an image shown on the phone is no file, neither
	 * written. A camera photo is drawn whatever its form, so that the draws after it stay
	 * as they were.
	 */
	private static Written image(CaseDraft draft, ItemDraft item) {
		byte[] picture = item.cameraPhoto() ? png(draft.dice) : screenshot(item);
		return switch (item.form()) {
			case PRINTOUT -> new Written(".pdf", pdf(item.title));
			case SCREEN_RECORDING, ORIGINAL_DEVICE -> null;
			default -> new Written(".png", picture);
		};
	}

	/**
	 * A chat as filed: a screenshot as a phone-sized picture; a printout, or a third
	 * party's certificate or report on it, as a PDF; a backup's or an upload's export as
	 * text, and a Moments post uploaded as the picture of its screen (WeChat exports no
	 * post; review round 43). A screen recording is a video, and a chat shown on the
	 * phone is no file, neither written.
	 */
	private static Written chatRecord(ItemDraft item) {
		SubmissionForm form = item.form();
		if (form == SubmissionForm.PRINTOUT || form.issuedByThirdParty()) {
			return new Written(".pdf", pdf(item.title));
		}
		return switch (form) {
			case SCREENSHOT -> new Written(".png", screenshot(item));
			case SCREEN_RECORDING, ORIGINAL_DEVICE -> null;
			default -> item.filedAsExport() ? new Written("-聊天记录.txt", chatExport(item))
					: (item.kind == ItemKind.MOMENTS_POST) ? new Written(".png", screenshot(item)) : null;
		};
	}

	/**
	 * A picture the size of a phone screen (720 × 1280): a title bar and message bubbles
	 * in flat colours, drawn once, each copy named by a text chunk for its item, so that
	 * no two items of a case file the same content.
	 */
	private static byte[] screenshot(ItemDraft item) {
		byte[] picture = Screen.PICTURE;
		int end = picture.length - PNG_END_CHUNK;
		byte[] chunk = textChunk("Title", item.id + " " + Integer.toHexString(item.title.hashCode()));
		byte[] named = Arrays.copyOf(picture, picture.length + chunk.length);
		System.arraycopy(chunk, 0, named, end, chunk.length);
		System.arraycopy(picture, end, named, end + chunk.length, PNG_END_CHUNK);
		return named;
	}

	/** A PNG tEXt chunk: length, type, keyword, NUL, text, CRC-32 of type and data. */
	private static byte[] textChunk(String keyword, String text) {
		byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length);
		byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
		chunk.put(type).put(data);
		CRC32 crc = new CRC32();
		crc.update(type);
		crc.update(data);
		chunk.putInt((int) crc.getValue());
		return chunk.array();
	}

	/** A file as written: the ending of its name and its bytes. */
	private record Written(String extension, byte[] content) {

	}

	/** The screen picture, drawn and encoded once. */
	private static final class Screen {

		static final byte[] PICTURE = draw();

		private static byte[] draw() {
			BufferedImage image = new BufferedImage(SCREEN_WIDTH, SCREEN_HEIGHT, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(new Color(0xEDEDED));
			g.fillRect(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT);
			g.setColor(new Color(0xF7F7F7));
			g.fillRect(0, 0, SCREEN_WIDTH, 120);
			for (int row = 0; row < 6; row++) {
				boolean mine = row % 2 == 1;
				g.setColor(mine ? new Color(0x95EC69) : Color.WHITE);
				g.fillRoundRect(mine ? 260 : 120, 180 + row * 170, 340, 110, 16, 16);
			}
			g.dispose();
			return encode(image);
		}

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
		return encode(image);
	}

	private static byte[] encode(BufferedImage image) {
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
