package com.evidenceassessor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * A font with Chinese glyphs for PDF reports, found at run time: the configured file
 * ({@code assessor.pdf.font}, or {@code ASSESSOR_PDF_FONT}), else the usual places on
 * Linux, macOS and Windows, else any CJK font under the system font folders. A font
 * collection (.ttc) may name its face ({@code path,2}); without one, the Simplified
 * Chinese face is picked.
 *
 * @param file the font file
 * @param face the face within a collection, or -1 for a single font
 */
public record CjkFont(Path file, int face) {

	/** Where fonts-noto-cjk, WenQuanYi, AR PL, macOS and Windows put their CJK fonts. */
	static final List<String> WELL_KNOWN = List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
			"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
			"/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
			"/Library/Fonts/Arial Unicode.ttf", "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
			"C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/msyh.ttc");

	private static final List<String> FONT_FOLDERS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
			System.getProperty("user.home") + "/.local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts");

	/**
	 * How a collection names its Simplified Chinese face: NotoSansCJKsc, SourceHanSansSC,
	 * ... SC, SimSun.
	 */
	private static final Pattern SIMPLIFIED_FACE = Pattern
		.compile("(?i)(cjksc|sanssc|serifsc|\\bsc\\b|\\bcn\\b|\\bgb\\b|simplified|simsun|simhei|yahei)");

	private static final String HINT = "install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk) "
			+ "or name a .ttf/.otf/.ttc file with Chinese glyphs (assess: --font; server: assessor.pdf.font, "
			+ "environment ASSESSOR_PDF_FONT)";

	/**
	 * The font to use.
	 * @param configured the configured font ({@code path} or {@code path,face}); blank to
	 * search
	 * @throws CjkFontMissingException naming what to do when there is none
	 */
	public static CjkFont locate(String configured) {
		if (configured != null && !configured.isBlank()) {
			return configuredFont(configured.trim());
		}
		return WELL_KNOWN.stream()
			.map(Path::of)
			.filter(Files::isRegularFile)
			.findFirst()
			.or(CjkFont::searchFontFolders)
			.map(CjkFont::withDefaultFace)
			.orElseThrow(() -> new CjkFontMissingException(
					"no font with Chinese glyphs was found for the PDF report; " + HINT));
	}

	/** The name OpenPDF opens it by: the file, with {@code ,face} for a collection. */
	public String spec() {
		return this.face < 0 ? this.file.toString() : this.file + "," + this.face;
	}

	/**
	 * Opens it for embedding (Identity-H, so every character the font has can be used).
	 */
	public BaseFont open() {
		try {
			return BaseFont.createFont(spec(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (DocumentException | IOException ex) {
			throw new CjkFontMissingException(
					"the font " + spec() + " cannot be used for the PDF report (" + ex.getMessage() + "); " + HINT);
		}
	}

	private static CjkFont configuredFont(String configured) {
		int comma = configured.lastIndexOf(',');
		String path = configured;
		Integer face = null;
		if (comma > 0 && configured.substring(comma + 1).strip().matches("\\d{1,2}")) {
			path = configured.substring(0, comma);
			face = Integer.valueOf(configured.substring(comma + 1).strip());
		}
		Path file = Path.of(path);
		if (!Files.isRegularFile(file)) {
			throw new CjkFontMissingException("the font " + path + " is not a file; " + HINT);
		}
		return (face != null) ? new CjkFont(file, face) : withDefaultFace(file);
	}

	/** A collection's Simplified Chinese face (its name says SC), else its first. */
	private static CjkFont withDefaultFace(Path file) {
		if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
			return new CjkFont(file, -1);
		}
		try {
			String[] names = BaseFont.enumerateTTCNames(file.toString());
			for (int i = 0; i < names.length; i++) {
				if (SIMPLIFIED_FACE.matcher(names[i]).find()) {
					return new CjkFont(file, i);
				}
			}
		}
		catch (DocumentException | IOException ex) {
			// not a readable collection: let open() report it
		}
		return new CjkFont(file, 0);
	}

	private static Optional<Path> searchFontFolders() {
		for (String folder : FONT_FOLDERS) {
			Path root = Path.of(folder);
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(root, 6)) {
				Optional<Path> found = files.filter(Files::isRegularFile)
					.filter(CjkFont::looksCjk)
					.sorted()
					.findFirst();
				if (found.isPresent()) {
					return found;
				}
			}
			catch (IOException | java.io.UncheckedIOException ex) {
				// an unreadable folder: try the next one
			}
		}
		return Optional.empty();
	}

	private static boolean looksCjk(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.matches(".*\\.(ttf|otf|ttc)")
				&& name.matches(".*(cjk|wqy|sourcehan|notosanssc|notoserifsc|droidsansfallback|uming|ukai|simsun|"
						+ "simhei|msyh|hei|song).*");
	}

}
