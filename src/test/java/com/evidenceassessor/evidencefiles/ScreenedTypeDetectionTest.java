package com.evidenceassessor.evidencefiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screened content detection gives every file the type the full signature database
 * gives it: the same {@link FileType} from {@link TypeDetector} as from
 * {@link TypeDetector#reference()}, and the same media type for cut and altered copies.
 */
class ScreenedTypeDetectionTest {

	private static final URL[] SOURCES = { MimeTypes.class.getResource("tika-mimetypes.xml"),
			TypeDetector.class.getResource("wechat-mimetypes.xml") };

	private static MimeTypes full;

	private static ScreenedMimeTypes screened;

	@TempDir
	Path folder;

	@BeforeAll
	static void load() throws IOException, MimeTypeException {
		full = MimeTypesFactory.create(SOURCES);
		screened = new ScreenedMimeTypes(full, SOURCES);
	}

	@Test
	void everyFileHasTheFileTypeTheFullDatabaseGivesIt() throws IOException {
		List<Path> files = new ArrayList<>(TypeSamples.projectFiles());
		files.addAll(TypeSamples.write(this.folder));
		TypeDetector detector = new TypeDetector();
		TypeDetector reference = TypeDetector.reference();
		List<String> differences = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			long size = Files.size(file);
			FileType expected = reference.detect(file, name, size);
			FileType actual = detector.detect(file, name, size);
			if (!actual.equals(expected)) {
				differences.add(file + ": " + actual + ", the full database: " + expected);
			}
		}
		assertThat(files).hasSizeGreaterThan(150);
		assertThat(differences).isEmpty();
	}

	@Test
	void cutAndAlteredCopiesHaveTheTypeTheFullDatabaseGivesThem() throws IOException {
		// the written files, and three project files of each extension (the rest are
		// alike)
		List<Path> files = new ArrayList<>(TypeSamples.write(this.folder));
		java.util.Map<String, Integer> perExtension = new java.util.HashMap<>();
		for (Path file : TypeSamples.projectFiles()) {
			String name = file.getFileName().toString();
			if (perExtension.merge(name.substring(name.lastIndexOf('.') + 1), 1, Integer::sum) <= 3) {
				files.add(file);
			}
		}
		Random random = new Random(7);
		List<String> differences = new ArrayList<>();
		int compared = 0;
		for (Path file : files) {
			byte[] head = head(file);
			if (head.length == 0) {
				continue;
			}
			// cut where signatures end, and the first 4 KB with one of the first 40
			// bytes changed (a near miss of a signature)
			for (int length : new int[] { 1, 2, 3, 4, 8, 16, 64, 1025 }) {
				if (length < head.length) {
					compared += compare(Arrays.copyOf(head, length), file.toString(), differences);
				}
			}
			for (int i = 0; i < 4; i++) {
				byte[] altered = Arrays.copyOf(head, Math.min(head.length, 4096));
				altered[random.nextInt(Math.min(40, altered.length))] = (byte) random.nextInt(256);
				compared += compare(altered, file.toString(), differences);
			}
		}
		assertThat(compared).isGreaterThan(800);
		assertThat(differences).isEmpty();
	}

	@Test
	void signaturesAtTheFirstAndLastOffsetTheyMayBeginAtAreFound() throws Exception {
		List<String> differences = new ArrayList<>();
		int compared = 0;
		for (URL source : SOURCES) {
			try (InputStream in = source.openStream()) {
				NodeList matches = DocumentBuilderFactory.newInstance()
					.newDocumentBuilder()
					.parse(in)
					.getElementsByTagName("match");
				for (int i = 0; i < matches.getLength(); i++) {
					Element match = (Element) matches.item(i);
					String type = match.hasAttribute("type") ? match.getAttribute("type") : "string";
					byte[] pattern = MagicValues.decode(type, match.getAttribute("value"));
					if (pattern == null || type.equals("regex") || pattern.length == 0) {
						continue;
					}
					String offset = match.getAttribute("offset");
					int colon = offset.indexOf(':');
					int from = offset.isEmpty() ? 0
							: Integer.parseInt((colon < 0) ? offset : offset.substring(0, colon));
					int to = (colon < 0) ? from : Integer.parseInt(offset.substring(colon + 1));
					for (int at : (from == to) ? new int[] { from } : new int[] { from, to }) {
						// in text, ending the data, and cut after its first byte
						byte[] placed = new byte[at + pattern.length + 16];
						Arrays.fill(placed, (byte) 'x');
						System.arraycopy(pattern, 0, placed, at, pattern.length);
						String label = type + " " + offset + " " + match.getAttribute("value");
						compared += compare(placed, label, differences);
						compared += compare(Arrays.copyOf(placed, at + pattern.length), label, differences);
						compared += compare(Arrays.copyOf(placed, at + 1), label, differences);
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(3000);
		assertThat(differences).isEmpty();
	}

	@Test
	void mostSignaturesAreScreenedAndTextKeepsFewOfThem() throws IOException {
		int[] screenedOfAll = screened.screenedOfAll();
		assertThat(screenedOfAll[0]).isGreaterThan(screenedOfAll[1] * 95 / 100);
		byte[] chat = "2024-03-10 21:37:22 张三: 钱什么时候还？\n".repeat(20).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(screened.kept(chat).cardinality()).isLessThanOrEqualTo(3);
		byte[] jpeg = EvidenceFixtures.jpeg(64, 48);
		assertThat(screened.kept(jpeg).cardinality()).isLessThanOrEqualTo(10);
	}

	private static int compare(byte[] head, String from, List<String> differences) throws IOException {
		MediaType expected = full.detect(new ByteArrayInputStream(head), new Metadata());
		MediaType actual = screened.detect(head);
		if (!actual.equals(expected)) {
			differences.add(from + " (" + head.length + " bytes " + Arrays.toString(Arrays.copyOf(head, 12)) + "…): "
					+ actual + ", the full database: " + expected);
		}
		return 1;
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(full.getMinLength());
		}
	}

}
