package com.evidenceassessor.report;

/** The language of a rendered opinion. */
public enum Lang {

	/** Chinese, the default. */
	ZH,
	/** English. */
	EN;

	/** The Chinese or the English text, whichever this language is. */
	public String pick(String zh, String en) {
		return (this == EN && en != null) ? en : zh;
	}

}
