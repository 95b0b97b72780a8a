package com.evidenceassessor.evidencefiles;

import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.bmp.BmpHeaderDirectory;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;

/**
 * An image's pixel size from its format header (EXIF's declared size as a last resort).
 */
record ImageSize(Integer width, Integer height) {

	static ImageSize of(Metadata metadata) {
		ImageSize size = first(metadata.getFirstDirectoryOfType(JpegDirectory.class), JpegDirectory.TAG_IMAGE_WIDTH,
				JpegDirectory.TAG_IMAGE_HEIGHT);
		size = (size != null) ? size : png(metadata);
		size = (size != null) ? size : first(metadata.getFirstDirectoryOfType(GifHeaderDirectory.class),
				GifHeaderDirectory.TAG_IMAGE_WIDTH, GifHeaderDirectory.TAG_IMAGE_HEIGHT);
		size = (size != null) ? size : first(metadata.getFirstDirectoryOfType(BmpHeaderDirectory.class),
				BmpHeaderDirectory.TAG_IMAGE_WIDTH, BmpHeaderDirectory.TAG_IMAGE_HEIGHT);
		size = (size != null) ? size : first(metadata.getFirstDirectoryOfType(WebpDirectory.class),
				WebpDirectory.TAG_IMAGE_WIDTH, WebpDirectory.TAG_IMAGE_HEIGHT);
		size = (size != null) ? size : first(metadata.getFirstDirectoryOfType(HeifDirectory.class),
				HeifDirectory.TAG_IMAGE_WIDTH, HeifDirectory.TAG_IMAGE_HEIGHT);
		size = (size != null) ? size : first(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class),
				ExifDirectoryBase.TAG_EXIF_IMAGE_WIDTH, ExifDirectoryBase.TAG_EXIF_IMAGE_HEIGHT);
		return (size != null) ? size : new ImageSize(null, null);
	}

	private static ImageSize png(Metadata metadata) {
		for (PngDirectory png : metadata.getDirectoriesOfType(PngDirectory.class)) {
			ImageSize size = first(png, PngDirectory.TAG_IMAGE_WIDTH, PngDirectory.TAG_IMAGE_HEIGHT);
			if (size != null) {
				return size;
			}
		}
		return null;
	}

	private static ImageSize first(Directory directory, int widthTag, int heightTag) {
		if (directory == null) {
			return null;
		}
		Integer width = directory.getInteger(widthTag);
		Integer height = directory.getInteger(heightTag);
		return (width != null && height != null && width > 0 && height > 0) ? new ImageSize(width, height) : null;
	}

}
