package com.evidenceassessor.evidencefiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.evidenceassessor.evidencefiles.EvidenceFixtures.Exif;

/**
 * Writes the small evidence files of the example case {@code cases/loan-evidence-files}
 * (run once, output committed): a clean phone screenshot, a screenshot re-saved in
 * Photoshop, a photo of the IOU with camera EXIF, a WeChat SILK voice message with its
 * MP3 copy, a preservation certificate PDF and the preserved chat export. Usage:
 * {@code ExampleEvidenceWriter <case folder>}.
 */
public final class ExampleEvidenceWriter {

	private ExampleEvidenceWriter() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		write(folder, "evidence/chat-2024-03-01.png", chatScreenshot(false, "png"));
		byte[] edited = EvidenceFixtures.withXmp(
				EvidenceFixtures.withExif(chatScreenshot(true, "jpg"),
						new Exif(null, null, "Adobe Photoshop 25.0 (Windows)", "2024:05:20 22:14:03", null, null)),
				"Adobe Photoshop 25.0 (Windows)", "Adobe Photoshop 25.0 (Windows)");
		write(folder, "evidence/chat-2024-03-10.jpg", edited);
		write(folder, "evidence/iou-photo.jpg",
				EvidenceFixtures.withExif(EvidenceFixtures.jpeg(800, 600), new Exif("HUAWEI", "ALN-AL00",
						"ALN-AL00 4.0.0.120", "2024:03:01 10:25:40", "2024:03:01 10:25:40", "+08:00")));
		write(folder, "evidence/voice-2024-03-02.amr", EvidenceFixtures.silk(400, true));
		write(folder, "evidence/voice-2024-03-02.mp3", EvidenceFixtures.mp3(60));
		Path certificate = folder.resolve("evidence/preservation-certificate.pdf");
		EvidenceFixtures.pdf(certificate, "Evidence preservation platform (example)",
				EvidenceFixtures.calendar(2024, 3, 12, 9, 30), EvidenceFixtures.calendar(2024, 3, 12, 9, 30));
		write(folder, "evidence/preserved-chat-export.png", chatScreenshot(false, "png2"));
		for (String path : new String[] { "evidence/chat-2024-03-01.png", "evidence/chat-2024-03-10.jpg",
				"evidence/iou-photo.jpg", "evidence/voice-2024-03-02.amr", "evidence/voice-2024-03-02.mp3",
				"evidence/preservation-certificate.pdf", "evidence/preserved-chat-export.png" }) {
			System.out.println(Sha256.of(folder.resolve(path)) + "  " + path);
		}
	}

	/**
	 * A 1080x2340 chat-like picture: grey background, green and white bubbles, no text.
	 */
	private static byte[] chatScreenshot(boolean variant, String format) throws IOException {
		BufferedImage image = new BufferedImage(1080, 2340, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xEDEDED));
		g.fillRect(0, 0, 1080, 2340);
		g.setColor(new Color(0xF7F7F7));
		g.fillRect(0, 0, 1080, 180);
		int y = 260;
		for (int i = 0; i < 8; i++) {
			boolean mine = (i % 2 == 1) ^ variant ^ format.equals("png2");
			g.setColor(mine ? new Color(0x95EC69) : Color.WHITE);
			int width = 300 + (i * 97) % 420;
			g.fillRoundRect(mine ? 1080 - 150 - width : 150, y, width, 110 + (i % 3) * 40, 24, 24);
			y += 200 + (i % 3) * 40;
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format.startsWith("png") ? "png" : "jpg", out);
		return out.toByteArray();
	}

	private static void write(Path folder, String path, byte[] bytes) throws IOException {
		Path file = folder.resolve(path);
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}

}
