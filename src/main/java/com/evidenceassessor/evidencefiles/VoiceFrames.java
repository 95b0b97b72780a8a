package com.evidenceassessor.evidencefiles;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Playing time of WeChat's own voice formats, which no metadata library reads: both SILK
 * v3 and AMR store 20 ms frames one after another, so the duration is the number of
 * frames times 20 ms. Only frame headers are read, up to a byte limit; a broken frame
 * chain gives an unknown duration.
 */
final class VoiceFrames {

	private static final double FRAME_SECONDS = 0.020;

	/** Payload bytes after the TOC byte, by frame type (RFC 4867, section 5.3). */
	private static final int[] AMR_NB_SIZES = { 12, 13, 15, 17, 19, 20, 26, 31, 5, -1, -1, -1, -1, -1, -1, 0 };

	private static final int[] AMR_WB_SIZES = { 17, 23, 32, 36, 40, 46, 50, 58, 60, 5, -1, -1, -1, -1, 0, 0 };

	private static final byte[] SILK_MAGIC = "#!SILK_V3".getBytes(StandardCharsets.US_ASCII);

	private VoiceFrames() {
	}

	/**
	 * Seconds of a SILK v3 file (optionally led by WeChat's 0x02 byte), or {@code null}.
	 */
	static Double silkSeconds(Path file, long maxBytes) throws IOException {
		try (DataInputStream in = open(file)) {
			int first = in.read();
			int skip = (first == 0x02) ? SILK_MAGIC.length : SILK_MAGIC.length - 1;
			in.skipNBytes(skip);
			long read = 1 + skip;
			long frames = 0;
			while (read < maxBytes) {
				int low = in.read();
				if (low == -1) {
					return frames * FRAME_SECONDS;
				}
				int high = in.read();
				if (high == -1) {
					return null;
				}
				int length = low | (high << 8);
				if (length == 0xFFFF) {
					return frames * FRAME_SECONDS;
				}
				in.skipNBytes(length);
				read += 2 + length;
				frames++;
			}
			return null;
		}
		catch (EOFException ex) {
			return null;
		}
	}

	/**
	 * Seconds of an AMR-NB or AMR-WB file (single channel storage format), or
	 * {@code null}.
	 */
	static Double amrSeconds(Path file, long maxBytes) throws IOException {
		try (DataInputStream in = open(file)) {
			String start = new String(in.readNBytes(6), StandardCharsets.US_ASCII);
			if (start.equals("#!AMR\n")) {
				return amrFrames(in, AMR_NB_SIZES, 6, maxBytes);
			}
			String rest = new String(in.readNBytes(3), StandardCharsets.US_ASCII);
			if ((start + rest).equals("#!AMR-WB\n")) {
				return amrFrames(in, AMR_WB_SIZES, 9, maxBytes);
			}
			return null;
		}
		catch (EOFException ex) {
			return null;
		}
	}

	private static Double amrFrames(DataInputStream in, int[] sizes, long start, long maxBytes) throws IOException {
		long read = start;
		long frames = 0;
		while (read < maxBytes) {
			int toc = in.read();
			if (toc == -1) {
				return frames * FRAME_SECONDS;
			}
			int size = sizes[(toc >> 3) & 0x0F];
			if (size < 0) {
				return null;
			}
			in.skipNBytes(size);
			read += 1 + size;
			frames++;
		}
		return null;
	}

	private static DataInputStream open(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
		return new DataInputStream(in);
	}

}
