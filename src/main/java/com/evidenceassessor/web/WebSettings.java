package com.evidenceassessor.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The server's own settings ({@code assessor.*} in assessor-web.properties).
 *
 * @param rules the rules folder compiled at start and on reload
 * @param data the data folder: users file, database, batch outputs
 * @param pdf the PDF report settings
 * @param batch where the batch job's runs are
 */
@ConfigurationProperties("assessor")
public record WebSettings(Path rules, Path data, Pdf pdf, Batch batch) {

	public WebSettings {
		pdf = (pdf != null) ? pdf : new Pdf(null);
		batch = (batch != null) ? batch : new Batch(null);
	}

	/**
	 * @param font a CJK font file (a .ttc may name its face: {@code path,2}); empty to
	 * search the usual places
	 */
	public record Pdf(String font) {

	}

	/**
	 * @param output the folder holding one subfolder per batch run
	 */
	public record Batch(Path output) {

	}

}
