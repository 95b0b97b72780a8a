package com.evidenceassessor.evidencefiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static com.evidenceassessor.evidencefiles.EvidenceFixtures.ascii;
import static com.evidenceassessor.evidencefiles.EvidenceFixtures.concat;

/**
 * Files to hold content-type detection to: every file of the example cases and test
 * resources, and files written here for the edge types (empty, one byte, a disguise, a
 * renamed archive, office files, SILK as {@code .amr}, markup, scripts, random bytes).
 */
final class TypeSamples {

	private TypeSamples() {
	}

	/** Every regular file under {@code cases/} and {@code src/test/resources/}. */
	static List<Path> projectFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String root : List.of("cases", "src/test/resources")) {
			try (Stream<Path> walk = Files.walk(Path.of(root))) {
				walk.filter(Files::isRegularFile).sorted().forEach(files::add);
			}
		}
		return files;
	}

	/** Writes the edge-type files into {@code folder} and returns them. */
	static List<Path> write(Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		Random random = new Random(11);
		byte[] noise = new byte[100_000];
		random.nextBytes(noise);
		String chat = "2024-03-10 21:37:22 张三: 钱什么时候还？\n2024-03-10 21:40:05 李四: 下个月一定还。\n";
		String html = "<!DOCTYPE html>\n<html><head><title>聊天记录</title></head><body><p>你好</p></body></html>\n";
		write(files, folder, "empty.txt", new byte[0]);
		write(files, folder, "one-byte.bin", new byte[] { 'A' });
		write(files, folder, "one-zero-byte", new byte[] { 0 });
		write(files, folder, "one-high-byte.dat", new byte[] { (byte) 0xE5 });
		write(files, folder, "chat.txt", utf8(chat));
		write(files, folder, "chat-text-named.jpg", utf8(chat));
		write(files, folder, "chat-chinese-first.txt", utf8("微信聊天记录\n" + chat));
		write(files, folder, "chat-bom.txt", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8(chat)));
		write(files, folder, "chat-utf16.txt", concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				("聊天记录\r\n" + chat).getBytes(StandardCharsets.UTF_16LE)));
		write(files, folder, "long-chat.txt", utf8(chat.repeat(2000)));
		write(files, folder, "bill.csv", utf8("交易时间,交易类型,交易对方,金额(元)\n2024-03-10 21:37:22,转账,李四,¥500.00\n"));
		write(files, folder, "page.html", utf8(html));
		write(files, folder, "page-named.txt", utf8(html));
		write(files, folder, "late-html.htm", utf8(" ".repeat(300) + "<html><body>x</body></html>"));
		write(files, folder, "xhtml.xhtml",
				utf8("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"));
		write(files, folder, "drawing.svg",
				utf8("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
		write(files, folder, "broken.xml", utf8("<?xml version=\"1.0\"?>\n<a><b></a>"));
		write(files, folder, "data.json", utf8("{\"amount\": 500, \"payee\": \"李四\"}\n"));
		write(files, folder, "mail.eml",
				utf8("From: a@example.com\nTo: b@example.com\nDate: Sun, 10 Mar 2024 21:37:22 +0800\n"
						+ "Subject: hi\nMessage-ID: <1@example.com>\n\nbody\n"));
		write(files, folder, "robots.txt", utf8("User-agent: *\nDisallow: /private\n"));
		write(files, folder, "script.sh", utf8("#!/bin/sh\necho hello\n"));
		write(files, folder, "script-named.jpg", utf8("#!/usr/bin/env python3\nprint('x')\n"));
		write(files, folder, "run.bat", utf8("@echo off\r\necho hello\r\n"));
		write(files, folder, "photo.jpg", EvidenceFixtures.jpeg(64, 48));
		write(files, folder, "photo-named.png", EvidenceFixtures.jpeg(32, 24));
		write(files, folder, "screen.png", EvidenceFixtures.png(64, 48));
		write(files, folder, "anim.gif", concat(ascii("GIF89a"), Arrays.copyOf(noise, 200)));
		write(files, folder, "picture.webp",
				concat(ascii("RIFF"), new byte[] { 100, 0, 0, 0 }, ascii("WEBPVP8 "), Arrays.copyOf(noise, 100)));
		write(files, folder, "picture.heic", EvidenceFixtures.isoMedia("heic", 1_700_000_000L, 0, null));
		write(files, folder, "picture.bmp",
				concat(ascii("BM"), new byte[] { 70, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40 }, new byte[60]));
		write(files, folder, "scan.tif", concat(new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0 }, new byte[64]));
		write(files, folder, "voice.amr", EvidenceFixtures.amr(50));
		write(files, folder, "voice-silk.amr", EvidenceFixtures.silk(50, true));
		write(files, folder, "voice.silk", EvidenceFixtures.silk(50, false));
		write(files, folder, "voice.mp3", EvidenceFixtures.mp3(20));
		write(files, folder, "voice-frames.mp3",
				concat(new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64 }, new byte[2000]));
		write(files, folder, "voice.aac",
				concat(new byte[] { (byte) 0xFF, (byte) 0xF1, 0x50, (byte) 0x80 }, Arrays.copyOf(noise, 500)));
		write(files, folder, "voice.wav", EvidenceFixtures.wav(0.5));
		write(files, folder, "voice.m4a", EvidenceFixtures.isoMedia("M4A ", 1_700_000_000L, 5, "soun"));
		write(files, folder, "video.mp4", EvidenceFixtures.isoMedia("isom", 1_700_000_000L, 5, "vide"));
		write(files, folder, "video.mov", EvidenceFixtures.isoMedia("qt  ", 1_700_000_000L, 5, "vide"));
		write(files, folder, "video.3gp", EvidenceFixtures.isoMedia("3gp4", 1_700_000_000L, 5, "vide"));
		write(files, folder, "video-named.mp3", EvidenceFixtures.isoMedia("isom", 1_700_000_000L, 5, "vide"));
		EvidenceFixtures.pdf(folder.resolve("certificate.pdf"), "Evidence certificate issuer",
				EvidenceFixtures.calendar(2024, 3, 10, 21, 0), EvidenceFixtures.calendar(2024, 3, 10, 21, 0));
		files.add(folder.resolve("certificate.pdf"));
		write(files, folder, "late-pdf.pdf", concat(ascii("\n\n%PDF-1.4\n"), new byte[100]));
		write(files, folder, "archive.zip", zip(false, "notes.txt", utf8(chat)));
		write(files, folder, "zip-renamed.xlsx", zip(false, "notes.txt", utf8(chat)));
		write(files, folder, "ooxml-shaped.docx", zip(true, "word/document.xml", utf8("<w:document/>")));
		write(files, folder, "app.jar", zip(false, "META-INF/MANIFEST.MF", utf8("Manifest-Version: 1.0\n")));
		write(files, folder, "real.xlsx", xlsx());
		write(files, folder, "xlsx-named.zip", xlsx());
		write(files, folder, "ole.doc", concat(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				new byte[1024]));
		write(files, folder, "archive.gz", gzip(utf8(chat)));
		write(files, folder, "archive.7z",
				concat(new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4 }, new byte[64]));
		write(files, folder, "archive.rar", concat(ascii("Rar!"), new byte[] { 0x1A, 0x07, 0x01, 0x00 }, new byte[64]));
		write(files, folder, "archive.tar", tar());
		write(files, folder, "archive.bz2", concat(ascii("BZh91AY&SY"), Arrays.copyOf(noise, 100)));
		write(files, folder, "archive.xz", concat(new byte[] { (byte) 0xFD, '7', 'z', 'X', 'Z', 0 }, new byte[64]));
		write(files, folder, "program.exe", concat(ascii("MZ"), new byte[58], new byte[] { (byte) 0x80, 0, 0, 0 },
				new byte[64], ascii("PE\0\0"), new byte[200]));
		write(files, folder, "program-named.jpg", concat(ascii("MZ"), new byte[300]));
		write(files, folder, "program.elf", concat(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1 }, new byte[100]));
		write(files, folder, "random.bin", Arrays.copyOf(noise, 4096));
		write(files, folder, "random-large.jpg", noise);
		write(files, folder, "zeros.bin", new byte[70_000]);
		write(files, folder, "no-extension", utf8(chat));
		return files;
	}

	private static void write(List<Path> files, Path folder, String name, byte[] bytes) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, bytes);
		files.add(file);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A zip of one stored entry; with {@code contentTypes}, led by an OOXML part list.
	 */
	private static byte[] zip(boolean contentTypes, String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			if (contentTypes) {
				zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
				zip.write(utf8("<?xml version=\"1.0\"?><Types xmlns=\""
						+ "http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			workbook.createSheet("账单").createRow(0).createCell(0).setCellValue("交易时间");
			workbook.write(bytes);
			return bytes.toByteArray();
		}
	}

	private static byte[] gzip(byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(content);
		}
		return bytes.toByteArray();
	}

	/** A tar header ("ustar" at 257) and one block of content. */
	private static byte[] tar() {
		byte[] header = new byte[512];
		System.arraycopy(ascii("notes.txt"), 0, header, 0, 9);
		System.arraycopy(ascii("ustar\u000000"), 0, header, 257, 8);
		return concat(header, new byte[512]);
	}

}
