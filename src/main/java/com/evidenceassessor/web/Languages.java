package com.evidenceassessor.web;

import java.util.Locale;

import com.evidenceassessor.report.Lang;

/** The report language asked for: {@code en} for English, anything else Chinese. */
public final class Languages {

	private Languages() {
	}

	public static Lang of(String lang) {
		return (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en")) ? Lang.EN : Lang.ZH;
	}

	public static Lang of(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? Lang.EN : Lang.ZH;
	}

}
