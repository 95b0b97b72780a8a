package com.evidenceassessor.evidencefiles;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.metadata.Metadata;
import com.drew.metadata.xmp.XmpReader;

/**
 * Guards in front of metadata-extractor against files built to exhaust memory: a header
 * that declares a huge size (extended XMP in a JPEG announces its full length and the
 * reader allocates it up front) or a small compressed chunk that inflates to gigabytes
 * (PNG {@code zTXt}/{@code iTXt}). Both were seen to crash the reader with a file of a
 * few hundred bytes.
 */
final class BoundedReaders {

	/** Inflated text a PNG may carry before it is treated as a decompression bomb. */
	static final long MAX_INFLATED_PNG_TEXT = 1024 * 1024;

	private static final byte[] STANDARD_XMP = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);

	private BoundedReaders() {
	}

	/**
	 * metadata-extractor's JPEG readers, with XMP limited to the standard (single
	 * segment) packet.
	 */
	static Iterable<JpegSegmentMetadataReader> jpegReaders() {
		List<JpegSegmentMetadataReader> readers = new ArrayList<>();
		for (JpegSegmentMetadataReader reader : JpegMetadataReader.ALL_READERS) {
			readers.add((reader instanceof XmpReader xmp) ? new StandardXmpOnly(xmp) : reader);
		}
		return readers;
	}

	/**
	 * Whether every compressed text chunk of a PNG inflates to at most
	 * {@link #MAX_INFLATED_PNG_TEXT} bytes. Walks chunk headers only; inflates into a
	 * counter, never into memory.
	 */
	static boolean pngTextWithinLimit(Path file) throws IOException {
		try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
			in.skipNBytes(8);
			while (true) {
				int length;
				try {
					length = in.readInt();
				}
				catch (java.io.EOFException ex) {
					return true;
				}
				String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
				if (length < 0 || type.equals("IEND")) {
					return true;
				}
				if (type.equals("zTXt") || type.equals("iTXt")) {
					if (!inflatesWithinLimit(in.readNBytes(Math.min(length, 16 * 1024 * 1024)))) {
						return false;
					}
					in.skipNBytes(Math.max(0, length - 16 * 1024 * 1024) + 4L);
				}
				else {
					in.skipNBytes(length + 4L);
				}
			}
		}
		catch (java.io.EOFException ex) {
			return true;
		}
	}

	/** Inflates the zlib stream after the keyword (and iTXt's flags) into a counter. */
	private static boolean inflatesWithinLimit(byte[] chunk) throws IOException {
		int start = 0;
		while (start < chunk.length && chunk[start] != 0) {
			start++;
		}
		// zTXt: keyword \0 method; iTXt: keyword \0 flag method language \0 translated \0
		for (int offset = start + 1; offset < Math.min(chunk.length, start + 1 + 512); offset++) {
			if (chunk[offset] == 0x78 && offset + 1 < chunk.length) {
				return inflatedSize(Arrays.copyOfRange(chunk, offset, chunk.length)) <= MAX_INFLATED_PNG_TEXT;
			}
		}
		return true;
	}

	private static long inflatedSize(byte[] zlib) throws IOException {
		Inflater inflater = new Inflater();
		try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(zlib), inflater)) {
			byte[] buffer = new byte[16 * 1024];
			long total = 0;
			int read;
			while ((read = in.read(buffer)) != -1) {
				total += read;
				if (total > MAX_INFLATED_PNG_TEXT) {
					return total;
				}
			}
			return total;
		}
		catch (java.util.zip.ZipException ex) {
			return 0;
		}
		finally {
			inflater.end();
		}
	}

	/** Passes only standard XMP segments on; extended XMP (multi-segment) is not read. */
	private record StandardXmpOnly(XmpReader delegate) implements JpegSegmentMetadataReader {

		@Override
		public Iterable<JpegSegmentType> getSegmentTypes() {
			return this.delegate.getSegmentTypes();
		}

		@Override
		public void readJpegSegments(Iterable<byte[]> segments, Metadata metadata, JpegSegmentType type) {
			List<byte[]> standard = new ArrayList<>();
			for (byte[] segment : segments) {
				if (segment.length >= STANDARD_XMP.length
						&& Arrays.equals(segment, 0, STANDARD_XMP.length, STANDARD_XMP, 0, STANDARD_XMP.length)) {
					standard.add(segment);
				}
			}
			this.delegate.readJpegSegments(standard, metadata, type);
		}

	}

}
