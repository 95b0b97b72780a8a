package com.evidenceassessor.report;

import java.io.ByteArrayOutputStream;
import java.util.function.Supplier;

import com.evidenceassessor.assessment.Opinion;
import com.lowagie.text.pdf.BaseFont;

/**
 * The opinion as a print-ready PDF (A4) with an embedded CJK font: case header, summary,
 * a table of items, each item's reasons with citations, remedies and open facts, and the
 * reproducibility stamp. The font is found the first time a report is made (see
 * {@link CjkFont}); without one, {@link CjkFontMissingException} says what to install.
 */
public final class PdfRenderer {

	private final Supplier<CjkFont> fontLocator;

	private volatile BaseFont font;

	public PdfRenderer(Supplier<CjkFont> fontLocator) {
		this.fontLocator = fontLocator;
	}

	/**
	 * Renders the opinion.
	 * @param reference a line under the title naming this copy (e.g. the assessment id
	 * and time), or {@code null}
	 */
	public byte[] render(Opinion opinion, Lang lang, String reference) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		new PdfOpinionWriter(font(), lang).write(opinion, reference, out);
		return out.toByteArray();
	}

	private BaseFont font() {
		BaseFont opened = this.font;
		if (opened == null) {
			synchronized (this) {
				if (this.font == null) {
					this.font = this.fontLocator.get().open();
				}
				opened = this.font;
			}
		}
		return opened;
	}

}
