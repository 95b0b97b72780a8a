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

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.tika.detect.MagicDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A screen never rules out data its match accepts: for every {@code <match>} of the
 * signature files, whatever Tika's own detector for it accepts (files of every kind, and
 * the match's pattern itself at its first and last offset) passes the screen.
 */
class SignatureScreenTest {

	private static final MediaType MATCHED = MediaType.application("x-matched");

	@TempDir
	Path folder;

	@Test
	void aScreenPassesWhateverItsMatchAccepts() throws Exception {
		List<byte[]> corpus = new ArrayList<>();
		List<Path> files = new ArrayList<>(TypeSamples.projectFiles());
		files.addAll(TypeSamples.write(this.folder));
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				corpus.add(in.readNBytes(64 * 1024));
			}
		}
		List<String> failures = new ArrayList<>();
		int screened = 0;
		int acceptedPatterns = 0;
		for (Element match : matches()) {
			SignatureScreen screen = SignatureScreen.of(match);
			if (screen == null) {
				continue;
			}
			screened++;
			MagicDetector tikas = MagicDetector.parse(MATCHED, attribute(match, "type", "string"),
					attribute(match, "offset", null), match.getAttribute("value"), attribute(match, "mask", null));
			List<byte[]> samples = new ArrayList<>(corpus);
			byte[] pattern = MagicValues.decode(attribute(match, "type", "string"), match.getAttribute("value"));
			if (pattern != null && !"regex".equals(match.getAttribute("type"))) {
				samples.add(placed(pattern, screen.from()));
				samples.add(placed(pattern, screen.to()));
				acceptedPatterns += accepts(tikas, placed(pattern, screen.from())) ? 1 : 0;
			}
			for (byte[] sample : samples) {
				if (accepts(tikas, sample) && !passesSomewhere(screen, sample)) {
					failures.add(match.getAttribute("type") + " " + match.getAttribute("offset") + " "
							+ match.getAttribute("value") + " on " + Arrays.toString(Arrays.copyOf(sample, 16)));
				}
			}
		}
		assertThat(screened).isGreaterThan(1000);
		assertThat(acceptedPatterns).isGreaterThan(1000);
		assertThat(failures).isEmpty();
	}

	private static boolean passesSomewhere(SignatureScreen screen, byte[] data) {
		for (int offset = screen.from(); offset <= screen.to(); offset++) {
			if (screen.passesAt(data, offset)) {
				return true;
			}
		}
		return false;
	}

	private static boolean accepts(MagicDetector detector, byte[] data) throws IOException {
		return MATCHED.equals(detector.detect(new ByteArrayInputStream(data), new Metadata()));
	}

	/**
	 * The pattern at {@code offset}, in a buffer of {@code x} bytes long enough for it.
	 */
	private static byte[] placed(byte[] pattern, int offset) {
		byte[] data = new byte[offset + pattern.length + 16];
		Arrays.fill(data, (byte) 'x');
		System.arraycopy(pattern, 0, data, offset, pattern.length);
		return data;
	}

	/**
	 * Every {@code <match>} with a value, nested ones included, of both signature files.
	 */
	private static List<Element> matches() throws Exception {
		List<Element> matches = new ArrayList<>();
		for (URL source : List.of(MimeTypes.class.getResource("tika-mimetypes.xml"),
				TypeDetector.class.getResource("wechat-mimetypes.xml"))) {
			try (InputStream in = source.openStream()) {
				NodeList all = DocumentBuilderFactory.newInstance()
					.newDocumentBuilder()
					.parse(in)
					.getElementsByTagName("match");
				for (int i = 0; i < all.getLength(); i++) {
					Element match = (Element) all.item(i);
					if (match.hasAttribute("value")) {
						matches.add(match);
					}
				}
			}
		}
		return matches;
	}

	private static String attribute(Element element, String name, String otherwise) {
		return element.hasAttribute(name) ? element.getAttribute(name) : otherwise;
	}

}
