package com.evidenceassessor.evidencefiles;

import java.util.Set;

/**
 * Whether an image's size looks like a phone screenshot: portrait, at least 16:9 tall,
 * and a common phone screen width in pixels. A hint only: WeChat re-compresses images it
 * sends (unless sent as "original"), which changes their size.
 */
final class PhoneScreen {

	/** Screen widths of common Android phones and iPhones, in pixels. */
	static final Set<Integer> COMMON_WIDTHS = Set.of(640, 720, 750, 828, 1080, 1125, 1170, 1179, 1206, 1242, 1260, 1284,
			1290, 1320, 1440);

	private PhoneScreen() {
	}

	static boolean looksLikeScreenshot(Integer width, Integer height) {
		if (width == null || height == null || width <= 0 || height <= 0) {
			return false;
		}
		boolean tall = height * 9L >= width * 16L;
		return tall && COMMON_WIDTHS.contains(width);
	}

}
