package com.evidenceassessor.evidencefiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import com.evidenceassessor.support.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.evidenceassessor.evidencefiles.EvidenceFixtures.ascii;
import static com.evidenceassessor.evidencefiles.EvidenceFixtures.concat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken and hostile files give facts (at worst "metadata unreadable"), never an
 * exception, a hang or an exhausted heap.
 */
class HostileFilesTest {

	@TempDir
	Path folder;

	private EvidenceFileFacts inspect(String name, byte[] bytes) throws IOException {
		Files.write(this.folder.resolve(name), bytes);
		return new EvidenceFileInspector().inspect(CaseFolder.open(this.folder), name, null, Location.file(name));
	}

	@Test
	void aJpegAnnouncingAHugeExtendedXmpIsReadWithoutIt() throws IOException {
		String guid = "0123456789ABCDEF0123456789ABCDEF";
		byte[] main = concat(ascii("http://ns.adobe.com/xap/1.0/\0"), ascii(
				"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
						+ "<rdf:Description rdf:about=\"\" xmlns:xmpNote=\"http://ns.adobe.com/xmp/note/\" "
						+ "xmpNote:HasExtendedXMP=\"" + guid + "\"/></rdf:RDF></x:xmpmeta>"));
		byte[] extended = concat(ascii("http://ns.adobe.com/xmp/extension/\0" + guid),
				ByteBuffer.allocate(8).putInt(0x7FFFFFF0).putInt(0).array(), ascii("<x/>"));
		byte[] jpeg = EvidenceFixtures.jpeg(40, 30);
		byte[] hostile = concat(java.util.Arrays.copyOf(jpeg, 2), segment(0xE1, main), segment(0xE1, extended),
				java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
		EvidenceFileFacts facts = inspect("x.jpg", hostile);
		assertThat(facts.metadata()).isInstanceOf(ImageMetadata.class);
		assertThat(((ImageMetadata) facts.metadata()).width()).isEqualTo(40);
	}

	@Test
	void aPngDecompressionBombIsNotInflated() throws IOException {
		byte[] png = EvidenceFixtures.png(10, 10);
		Deflater deflater = new Deflater(9);
		byte[] zeros = new byte[1024 * 1024];
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		for (int i = 0; i < 64; i++) {
			deflater.setInput(zeros);
			while (!deflater.needsInput()) {
				compressed.write(buffer, 0, deflater.deflate(buffer));
			}
		}
		deflater.finish();
		while (!deflater.finished()) {
			compressed.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		byte[] data = concat(ascii("Comment\0\0"), compressed.toByteArray());
		int afterIhdr = 8 + 8 + 13 + 4;
		byte[] bomb = concat(java.util.Arrays.copyOf(png, afterIhdr), chunk("zTXt", data),
				java.util.Arrays.copyOfRange(png, afterIhdr, png.length));
		EvidenceFileFacts facts = inspect("bomb.png", bomb);
		assertThat(facts.metadata()).isInstanceOf(FileMetadata.Unreadable.class);
		assertThat(((FileMetadata.Unreadable) facts.metadata()).reason()).contains("decompression bomb");
	}

	@Test
	void truncatedAndScrambledFixturesNeverThrow() throws IOException {
		List<byte[]> samples = new ArrayList<>();
		samples.add(EvidenceFixtures.withExif(EvidenceFixtures.jpeg(64, 48), new EvidenceFixtures.Exif("Apple",
				"iPhone", "Photoshop", "2024:01:01 00:00:00", "2024:01:01 00:00:00", "+08:00")));
		samples.add(EvidenceFixtures.withXmp(EvidenceFixtures.jpeg(32, 32), "GIMP", "Snapseed"));
		samples.add(EvidenceFixtures.withPngText(EvidenceFixtures.png(32, 64), "Software", "GIMP"));
		samples.add(EvidenceFixtures.silk(30, true));
		samples.add(EvidenceFixtures.amr(30));
		samples.add(EvidenceFixtures.mp3(5));
		samples.add(EvidenceFixtures.wav(0.2));
		samples.add(EvidenceFixtures.isoMedia("isom", 1_700_000_000L, 3, "vide"));
		samples.add(EvidenceFixtures.isoMedia("M4A ", 1_700_000_000L, 3, "soun"));
		Path pdf = this.folder.resolve("sample.pdf");
		EvidenceFixtures.pdf(pdf, "p", EvidenceFixtures.calendar(2024, 1, 1, 0, 0), null);
		samples.add(Files.readAllBytes(pdf));
		Random random = new Random(20240301);
		int inspected = 0;
		for (byte[] sample : samples) {
			for (int cut : new int[] { 1, 3, 8, 13, 27, 40, sample.length / 3, sample.length / 2, sample.length - 1 }) {
				if (cut > 0 && cut < sample.length) {
					inspect("cut-" + inspected++, java.util.Arrays.copyOf(sample, cut));
				}
			}
			for (int round = 0; round < 15; round++) {
				byte[] scrambled = sample.clone();
				for (int flips = 0; flips < 1 + random.nextInt(8); flips++) {
					scrambled[random.nextInt(scrambled.length)] = (byte) random.nextInt(256);
				}
				EvidenceFileFacts facts = inspect("flip-" + inspected++, scrambled);
				assertThat(facts.sha256()).hasSize(64);
			}
		}
		assertThat(inspected).isGreaterThan(200);
	}

	private static byte[] segment(int marker, byte[] payload) {
		return concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8),
				(byte) (payload.length + 2) }, payload);
	}

	private static byte[] chunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(ascii(type));
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(ascii(type))
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

}
