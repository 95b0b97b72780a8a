package com.evidenceassessor.bills.wechat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of each PDF page with their positions and hands the page over as
 * lines (glyphs sharing a baseline, left to right), one page at a time so a long proof
 * never sits in memory whole.
 */
final class PdfGlyphs extends PDFTextStripper {

	private final List<Glyph> page = new ArrayList<>();

	private final BiConsumer<Integer, List<Line>> pages;

	private int glyphCount;

	PdfGlyphs(BiConsumer<Integer, List<Line>> pages) {
		this.pages = pages;
	}

	/** All glyphs seen so far (to tell a scan without text from a text PDF). */
	int glyphCount() {
		return this.glyphCount;
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		String unicode = text.getUnicode();
		if (unicode == null || unicode.isBlank() && !" ".equals(unicode)) {
			return;
		}
		this.glyphCount++;
		this.page.add(new Glyph(text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
				Math.max(text.getFontSizeInPt(), 1f), unicode));
	}

	@Override
	protected void startPage(org.apache.pdfbox.pdmodel.PDPage pdPage) throws IOException {
		this.page.clear();
		super.startPage(pdPage);
	}

	@Override
	protected void endPage(org.apache.pdfbox.pdmodel.PDPage pdPage) throws IOException {
		this.pages.accept(getCurrentPageNo(), lines(this.page));
		this.page.clear();
		super.endPage(pdPage);
	}

	static List<Line> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
		List<Line> lines = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		float baseline = Float.NaN;
		for (Glyph glyph : sorted) {
			if (!current.isEmpty() && Math.abs(glyph.y() - baseline) > glyph.size() * 0.4f) {
				lines.add(Line.of(current));
				current = new ArrayList<>();
			}
			if (current.isEmpty()) {
				baseline = glyph.y();
			}
			current.add(glyph);
		}
		if (!current.isEmpty()) {
			lines.add(Line.of(current));
		}
		return lines;
	}

	/** One glyph: left x, baseline y (from the top), width, font size, its text. */
	record Glyph(float x, float y, float width, float size, String text) {
	}

	/** The glyphs of one baseline, left to right, and their text. */
	record Line(List<Glyph> glyphs, String text) {

		static Line of(List<Glyph> glyphs) {
			List<Glyph> sorted = new ArrayList<>(glyphs);
			sorted.sort(Comparator.comparingDouble(Glyph::x));
			StringBuilder text = new StringBuilder();
			for (Glyph glyph : sorted) {
				text.append(glyph.text());
			}
			return new Line(List.copyOf(sorted), text.toString());
		}

		/** The x where the text {@code label} starts on this line, or NaN. */
		float xOf(String label) {
			int at = this.text.indexOf(label);
			if (at < 0) {
				return Float.NaN;
			}
			int chars = 0;
			for (Glyph glyph : this.glyphs) {
				if (chars >= at) {
					return glyph.x();
				}
				chars += glyph.text().length();
			}
			return Float.NaN;
		}

	}

}
