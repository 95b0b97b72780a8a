package com.evidenceassessor.bills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.evidenceassessor.bills.alipay.AlipayCsvReader;
import com.evidenceassessor.bills.read.Cells;
import com.evidenceassessor.bills.read.ContentKind;
import com.evidenceassessor.bills.read.SourceFile;
import com.evidenceassessor.bills.read.StatementBuilder;
import com.evidenceassessor.bills.read.TextEncoding;
import com.evidenceassessor.bills.wechat.WeChatCsvReader;
import com.evidenceassessor.bills.wechat.WeChatProofPdfReader;
import com.evidenceassessor.bills.wechat.WeChatXlsxReader;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * Reads a WeChat Pay or Alipay bill file into a {@link BillStatement}. The format is
 * detected from the content, never the file name: the first bytes tell a ZIP container
 * (.xlsx, or a still-zipped download), an OLE2 container (a password-protected workbook),
 * a PDF or text; text is decoded as UTF-8 (with or without BOM) or GBK, and its first
 * line tells the WeChat CSV from the Alipay layouts. Anything else gets an
 * {@link InputException} saying what was found and what to export instead.
 */
public final class BillReader {

	private static final int HEAD_BYTES = 64 * 1024;

	private static final int HASH_BUFFER = 64 * 1024;

	private BillReader() {
	}

	public static BillStatement read(Path file) {
		return read(file, BillLimits.defaults());
	}

	public static BillStatement read(Path file, BillLimits limits) {
		return read(file, file.toString(), limits, null);
	}

	/**
	 * Reads a bill, handing each row to {@code sink} instead of keeping it (the
	 * statement's list is then empty; counts and totals are complete): for very large
	 * bills.
	 * @param displayName how to name the file in messages
	 * @param sink where rows go; {@code null} to keep them in the statement
	 */
	public static BillStatement read(Path file, String displayName, BillLimits limits, Consumer<BillTransaction> sink) {
		AtomicBoolean abandoned = new AtomicBoolean();
		SourceFile source = open(file, displayName, limits, abandoned);
		try {
			return read(source, limits, sink);
		}
		catch (RuntimeException ex) {
			abandoned.set(true);
			throw ex;
		}
	}

	private static BillStatement read(SourceFile source, BillLimits limits, Consumer<BillTransaction> sink) {
		Path file = source.path();
		byte[] head = new byte[HEAD_BYTES];
		int length = head(file, head, source.name());
		StatementBuilder builder = new StatementBuilder(source, limits, sink);
		return switch (ContentKind.of(head, length)) {
			case ZIP -> {
				ZipProbe.requireWorkbook(source, head, length);
				yield WeChatXlsxReader.read(builder);
			}
			case OLE2 -> throw ZipProbe.ole2(source);
			case PDF -> WeChatProofPdfReader.read(builder);
			case TEXT -> text(builder, head, length);
			case UTF16_TEXT -> throw new InputException(source.location(),
					"UTF-16 text; expected the bill as exported (WeChat CSV: UTF-8, Alipay CSV: GBK), not re-saved "
							+ "as Unicode text");
			case EXECUTABLE ->
				throw new InputException(source.location(), "the file is a program (executable), not a bill; "
						+ "expected a WeChat Pay .csv/.xlsx/.pdf or an Alipay .csv export");
			case BINARY -> throw new InputException(source.location(), "binary data that is not a bill; expected a "
					+ "WeChat Pay .csv/.xlsx/.pdf or an Alipay .csv export");
			case EMPTY -> throw new InputException(source.location(), "an empty file; expected a bill export");
		};
	}

	private static BillStatement text(StatementBuilder builder, byte[] head, int length) {
		TextEncoding encoding = TextEncoding.of(head, length);
		String text = decodeHead(encoding, head, length);
		String firstLine = firstLine(text);
		Location where = Location.at(builder.source().name(), 1, 0);
		if (firstLine.contains("微信支付账单明细")) {
			return WeChatCsvReader.read(builder, encoding, text);
		}
		if (firstLine.contains("支付宝交易记录明细查询") || firstLine.contains("电子客户回单")
				|| (firstLine.startsWith("-----") && text.contains("导出信息"))) {
			return AlipayCsvReader.read(builder, encoding);
		}
		if (firstLine.indexOf('\uFFFD') >= 0) {
			throw new InputException(where, "text with replacement characters (�): the file was converted with a "
					+ "wrong encoding; expected the original export (WeChat: UTF-8, Alipay: GBK)");
		}
		throw new InputException(where, "found '" + Cells.shorten(firstLine) + "' (" + encoding.displayName()
				+ " text); expected a bill export "
				+ "starting with 微信支付账单明细 (WeChat), an Alipay 导出信息/电子客户回单 block, or " + "支付宝交易记录明细查询 (Alipay web)");
	}

	private static String decodeHead(TextEncoding encoding, byte[] head, int length) {
		int from = encoding.bomLength();
		return new String(head, from, length - from, encoding.charset());
	}

	private static String firstLine(String text) {
		for (String line : text.split("\r?\n", 50)) {
			String trimmed = line.replace(",", "").trim();
			if (!trimmed.isEmpty()) {
				return trimmed;
			}
		}
		return "";
	}

	private static SourceFile open(Path file, String displayName, BillLimits limits, AtomicBoolean abandoned) {
		Location where = Location.file(displayName);
		if (!Files.isRegularFile(file)) {
			throw new InputException(where, Files.exists(file) ? "not a regular file; expected a bill file"
					: "no such file; expected a bill export (.csv, .xlsx or .pdf)");
		}
		try {
			long size = Files.size(file);
			if (size > limits.maxFileBytes()) {
				throw new InputException(where, "a file of " + size + " bytes; expected at most "
						+ limits.maxFileBytes() + " bytes (export a shorter period)");
			}
			return new SourceFile(file, displayName, size,
					CompletableFuture.supplyAsync(() -> sha256(file, abandoned)));
		}
		catch (IOException ex) {
			throw new InputException(where, "cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	private static int head(Path file, byte[] head, String displayName) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new InputException(Location.file(displayName), "cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	/** The file's SHA-256; stops early (with no result) once the read is abandoned. */
	private static String sha256(Path file, AtomicBoolean abandoned) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[HASH_BUFFER];
			try (InputStream in = Files.newInputStream(file)) {
				for (int n = in.read(buffer); n >= 0 && !abandoned.get(); n = in.read(buffer)) {
					digest.update(buffer, 0, n);
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
