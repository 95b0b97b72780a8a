package com.evidenceassessor.evidencefiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Writes small evidence files for the tests, at run time: images with and without
 * metadata, WeChat voice files and converted copies, a video header, PDFs with and
 * without later revisions. Nothing here is a parser; it only lays out bytes.
 */
final class EvidenceFixtures {

	private EvidenceFixtures() {
	}

	// ---- images

	static byte[] jpeg(int width, int height) throws IOException {
		return encode(picture(width, height), "jpg");
	}

	static byte[] png(int width, int height) throws IOException {
		return encode(picture(width, height), "png");
	}

	private static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xEDEDED));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(0x95EC69));
		graphics.fillRect(width / 4, height / 4, width / 2, Math.max(1, height / 20));
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, format, out)) {
			throw new IllegalStateException("no ImageIO writer for " + format);
		}
		return out.toByteArray();
	}

	/** EXIF fields for {@link #withExif}; {@code null} leaves a field out. */
	record Exif(String make, String model, String software, String dateTime, String dateTimeOriginal,
			String offsetTimeOriginal) {

	}

	/** Inserts an EXIF APP1 segment (big-endian TIFF, IFD0 + Exif sub-IFD) after SOI. */
	static byte[] withExif(byte[] jpeg, Exif exif) {
		return insertAfterSoi(jpeg, segment(0xE1, concat(ascii("Exif\0\0"), tiff(exif))));
	}

	/** Inserts an XMP APP1 segment naming a creator tool and an edit-history agent. */
	static byte[] withXmp(byte[] jpeg, String creatorTool, String historyAgent) {
		String history = (historyAgent == null) ? ""
				: "<xmpMM:History><rdf:Seq><rdf:li stEvt:action=\"saved\" stEvt:softwareAgent=\"" + historyAgent
						+ "\"/></rdf:Seq></xmpMM:History>";
		String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
				+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
				+ "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
				+ " xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\""
				+ " xmlns:stEvt=\"http://ns.adobe.com/xap/1.0/sType/ResourceEvent#\""
				+ ((creatorTool == null) ? "" : " xmp:CreatorTool=\"" + creatorTool + "\"") + ">" + history
				+ "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
		byte[] payload = concat(ascii("http://ns.adobe.com/xap/1.0/\0"), xmp.getBytes(StandardCharsets.UTF_8));
		return insertAfterSoi(jpeg, segment(0xE1, payload));
	}

	/** Adds a JPEG comment segment (GIMP writes "Created with GIMP"). */
	static byte[] withComment(byte[] jpeg, String comment) {
		return insertAfterSoi(jpeg, segment(0xFE, comment.getBytes(StandardCharsets.US_ASCII)));
	}

	/** Adds a PNG tEXt chunk right after IHDR. */
	static byte[] withPngText(byte[] png, String key, String value) {
		byte[] data = concat(ascii(key + "\0"), value.getBytes(StandardCharsets.ISO_8859_1));
		byte[] type = ascii("tEXt");
		CRC32 crc = new CRC32();
		crc.update(type);
		crc.update(data);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put(type).put(data).putInt((int) crc.getValue());
		int afterIhdr = 8 + 8 + 13 + 4;
		return concat(slice(png, 0, afterIhdr), chunk.array(), slice(png, afterIhdr, png.length));
	}

	private static byte[] tiff(Exif exif) {
		List<Entry> ifd0 = new ArrayList<>();
		addAscii(ifd0, 0x010F, exif.make());
		addAscii(ifd0, 0x0110, exif.model());
		addAscii(ifd0, 0x0131, exif.software());
		addAscii(ifd0, 0x0132, exif.dateTime());
		List<Entry> sub = new ArrayList<>();
		addAscii(sub, 0x9003, exif.dateTimeOriginal());
		addAscii(sub, 0x9011, exif.offsetTimeOriginal());
		ifd0.add(new Entry(0x8769, 4, 1, null));
		int ifd0Offset = 8;
		int ifd0Size = ifdSize(ifd0);
		int subOffset = ifd0Offset + ifd0Size;
		int subSize = ifdSize(sub);
		ByteBuffer buffer = ByteBuffer.allocate(subOffset + subSize).order(ByteOrder.BIG_ENDIAN);
		buffer.put(ascii("MM")).putShort((short) 42).putInt(ifd0Offset);
		writeIfd(buffer, ifd0, ifd0Offset, subOffset);
		writeIfd(buffer, sub, subOffset, 0);
		return buffer.array();
	}

	private record Entry(int tag, int type, int count, byte[] value) {

	}

	private static void addAscii(List<Entry> entries, int tag, String value) {
		if (value != null) {
			byte[] bytes = ascii(value + "\0");
			entries.add(new Entry(tag, 2, bytes.length, bytes));
		}
	}

	private static int ifdSize(List<Entry> entries) {
		int size = 2 + 12 * entries.size() + 4;
		for (Entry entry : entries) {
			if (entry.value() != null && entry.value().length > 4) {
				size += entry.value().length + (entry.value().length % 2);
			}
		}
		return size;
	}

	/**
	 * Writes an IFD at {@code start}; a LONG entry with no value gets {@code pointer}.
	 */
	private static void writeIfd(ByteBuffer buffer, List<Entry> entries, int start, int pointer) {
		int data = start + 2 + 12 * entries.size() + 4;
		buffer.position(start);
		buffer.putShort((short) entries.size());
		List<byte[]> outOfLine = new ArrayList<>();
		for (Entry entry : entries) {
			buffer.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
			if (entry.value() == null) {
				buffer.putInt(pointer);
			}
			else if (entry.value().length <= 4) {
				buffer.put(java.util.Arrays.copyOf(entry.value(), 4));
			}
			else {
				buffer.putInt(data);
				outOfLine.add(entry.value());
				data += entry.value().length + (entry.value().length % 2);
			}
		}
		buffer.putInt(0);
		for (byte[] value : outOfLine) {
			buffer.put(value);
			if (value.length % 2 == 1) {
				buffer.put((byte) 0);
			}
		}
	}

	private static byte[] segment(int marker, byte[] payload) {
		ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
		segment.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
		return segment.array();
	}

	private static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
		return concat(slice(jpeg, 0, 2), segment, slice(jpeg, 2, jpeg.length));
	}

	// ---- audio and video

	/** A SILK v3 voice file as WeChat keeps it: 0x02, "#!SILK_V3", then 20 ms frames. */
	static byte[] silk(int frames, boolean weChatPrefix) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (weChatPrefix) {
			out.write(0x02);
		}
		out.writeBytes(ascii("#!SILK_V3"));
		for (int i = 0; i < frames; i++) {
			int length = 20 + (i % 7);
			out.write(length & 0xFF);
			out.write(length >> 8);
			out.writeBytes(new byte[length]);
		}
		return out.toByteArray();
	}

	/**
	 * An AMR-NB file: "#!AMR\n", then frames of mode 7 (12.2 kbit/s, 31 payload bytes).
	 */
	static byte[] amr(int frames) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ascii("#!AMR\n"));
		for (int i = 0; i < frames; i++) {
			out.write((7 << 3) | 0x04);
			out.writeBytes(new byte[31]);
		}
		return out.toByteArray();
	}

	/**
	 * An MP3 copy: an ID3v2 header (with an encoder frame) and MPEG-1 layer III frames.
	 */
	static byte[] mp3(int frames) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] tsse = concat(ascii("TSSE"), new byte[] { 0, 0, 0, 14, 0, 0, 3 }, ascii("Lavf58.76.100"));
		out.writeBytes(ascii("ID3"));
		out.writeBytes(new byte[] { 3, 0, 0, 0, 0, 0, (byte) tsse.length });
		out.writeBytes(tsse);
		for (int i = 0; i < frames; i++) {
			// 128 kbit/s, 44.1 kHz, no padding: 417 bytes per frame
			out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64 });
			out.writeBytes(new byte[413]);
		}
		return out.toByteArray();
	}

	/** A PCM WAV file of the given length (8 kHz mono 16-bit silence). */
	static byte[] wav(double seconds) throws IOException {
		AudioFormat format = new AudioFormat(8000f, 16, 1, true, false);
		int frames = (int) (seconds * 8000);
		byte[] pcm = new byte[frames * 2];
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AudioSystem.write(new AudioInputStream(new java.io.ByteArrayInputStream(pcm), format, frames),
				AudioFileFormat.Type.WAVE, out);
		return out.toByteArray();
	}

	/**
	 * An ISO media file: ftyp with the brand, a movie header (creation time, duration)
	 * and, when {@code handler} is given, one track of that handler ({@code vide} or
	 * {@code soun}).
	 */
	static byte[] isoMedia(String brand, long creationEpochSeconds, int durationSeconds, String handler) {
		byte[] ftyp = box("ftyp", concat(ascii(brand), new byte[] { 0, 0, 2, 0 }, ascii("isomiso2mp41")));
		long created = creationEpochSeconds + 2_082_844_800L;
		ByteBuffer mvhd = ByteBuffer.allocate(100);
		mvhd.putInt(0).putInt((int) created).putInt((int) created).putInt(1000).putInt(durationSeconds * 1000);
		mvhd.putInt(0x00010000).putShort((short) 0x0100).put(new byte[10]);
		int[] matrix = { 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000 };
		for (int value : matrix) {
			mvhd.putInt(value);
		}
		mvhd.put(new byte[24]).putInt(2);
		byte[] moovContent = box("mvhd", mvhd.array());
		if (handler != null) {
			moovContent = concat(moovContent, track(handler, created, durationSeconds));
		}
		return concat(ftyp, box("moov", moovContent), box("mdat", new byte[64]));
	}

	private static byte[] track(String handler, long created, int durationSeconds) {
		ByteBuffer mdhd = ByteBuffer.allocate(24);
		mdhd.putInt(0).putInt((int) created).putInt((int) created).putInt(1000).putInt(durationSeconds * 1000);
		mdhd.putShort((short) 0x55C4).putShort((short) 0);
		byte[] hdlr = concat(new byte[8], ascii(handler), new byte[12], ascii("Handler\0"));
		byte[] stbl = box("stbl", box("stsd", concat(new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 }, sampleEntry(handler))));
		byte[] mediaHeader = handler.equals("vide") ? box("vmhd", new byte[12]) : box("smhd", new byte[8]);
		byte[] minf = box("minf", concat(mediaHeader, stbl));
		byte[] mdia = box("mdia", concat(box("mdhd", mdhd.array()), box("hdlr", hdlr), minf));
		return box("trak", mdia);
	}

	private static byte[] sampleEntry(String handler) {
		if (handler.equals("vide")) {
			ByteBuffer entry = ByteBuffer.allocate(78);
			entry.put(new byte[6]).putShort((short) 1).put(new byte[16]).putShort((short) 720).putShort((short) 1280);
			entry.putInt(0x00480000).putInt(0x00480000).putInt(0).putShort((short) 1);
			byte[] name = new byte[32];
			name[0] = 4;
			System.arraycopy(ascii("AVC "), 0, name, 1, 4);
			entry.put(name).putShort((short) 0x18).putShort((short) -1);
			return box("avc1", entry.array());
		}
		ByteBuffer entry = ByteBuffer.allocate(28);
		entry.put(new byte[6]).putShort((short) 1).put(new byte[8]).putShort((short) 1).putShort((short) 16);
		entry.putShort((short) 0).putShort((short) 0).putInt(16000 << 16);
		return box("mp4a", entry.array());
	}

	private static byte[] box(String type, byte[] content) {
		ByteBuffer box = ByteBuffer.allocate(8 + content.length);
		box.putInt(8 + content.length).put(ascii(type)).put(content);
		return box.array();
	}

	// ---- PDF

	/** A one-page PDF with the given producer and dates, saved once. */
	static void pdf(Path file, String producer, Calendar created, Calendar modified) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			PDDocumentInformation info = document.getDocumentInformation();
			info.setProducer(producer);
			info.setCreator("Evidence certificate issuer");
			info.setCreationDate(created);
			info.setModificationDate(modified);
			document.save(file.toFile());
		}
	}

	/** Appends an incremental update to {@code source} changing its ModDate and title. */
	static void updateIncrementally(Path source, Path target, Calendar modified) throws IOException {
		try (PDDocument document = Loader.loadPDF(source.toFile()); OutputStream out = Files.newOutputStream(target)) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setModificationDate(modified);
			info.setTitle("changed later");
			info.getCOSObject().setNeedToBeUpdated(true);
			document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
			document.saveIncremental(out);
		}
	}

	/**
	 * Adds a signature field (with placeholder signature bytes; presence, not validity,
	 * is what the inspector reports) as an incremental update.
	 */
	static void sign(Path source, Path target) throws IOException {
		try (PDDocument document = Loader.loadPDF(source.toFile()); OutputStream out = Files.newOutputStream(target)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
			signature.setName("Preservation platform");
			signature.setSignDate(calendar(2024, 3, 2, 9, 0));
			document.addSignature(signature, (content) -> {
				content.readAllBytes();
				return new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 };
			});
			document.saveIncremental(out);
		}
	}

	/** A PDF that would run JavaScript when opened (the inspector must only note it). */
	static void pdfWithJavaScript(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened');"));
			document.save(file.toFile());
		}
	}

	static Calendar calendar(int year, int month, int day, int hour, int minute) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
		calendar.clear();
		calendar.set(year, month - 1, day, hour, minute, 0);
		return calendar;
	}

	// ---- bytes

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		return java.util.Arrays.copyOfRange(bytes, from, to);
	}

	static Path write(Path folder, String name, byte[] bytes) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.write(file, bytes);
	}

}
