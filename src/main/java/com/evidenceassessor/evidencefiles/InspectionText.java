package com.evidenceassessor.evidencefiles;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders an {@link InspectionReport} for a terminal. */
final class InspectionText {

	private InspectionText() {
	}

	static void render(InspectionReport report, PrintWriter out) {
		for (EvidenceFileFacts file : report.files()) {
			file(file, out);
			out.println();
		}
		items(report, out);
		for (CrossFileFinding finding : report.crossFile()) {
			out.println("! " + finding.text());
		}
		for (SkippedPath skipped : report.skipped()) {
			out.println("skipped " + skipped.path() + ": " + skipped.reason());
		}
		for (String problem : report.problems()) {
			out.println("error: " + problem);
		}
		out.println(report.files().size() + " file(s) inspected"
				+ (report.skipped().isEmpty() ? "" : ", " + report.skipped().size() + " skipped")
				+ (report.problems().isEmpty() ? "" : ", " + report.problems().size() + " could not be read"));
		out.flush();
	}

	private static void items(InspectionReport report, PrintWriter out) {
		if (report.items().isEmpty()) {
			return;
		}
		out.println("== items and the findings their files feed");
		if (report.rulesNote() != null) {
			out.println("(findings not shown: " + report.rulesNote() + ")");
		}
		for (ItemInspection item : report.items()) {
			out.println(item.itemId() + " [" + item.kind() + "]" + ((item.title() == null) ? "" : " " + item.title()));
			line(out, "files", item.paths().isEmpty() ? "(none listed)" : String.join(", ", item.paths()));
			for (ItemInspection.FedFinding finding : item.findings()) {
				String points = (finding.points() == 0) ? "" : String.format(Locale.ROOT, " %+d", finding.points());
				String verb = finding.removed() ? "x removes " : marker(finding) + " ";
				out.println("    " + verb + finding.effect() + points + "  " + finding.ruleId() + " — "
						+ finding.citation());
				out.println("        " + (finding.textEn() != null ? finding.textEn() : finding.text()));
			}
			out.println();
		}
	}

	private static String marker(ItemInspection.FedFinding finding) {
		return switch (finding.effect()) {
			case "supports", "presumesAuthentic", "confirmsAuthentic", "corroborates" -> "+";
			case "note", "informationMissing" -> "-";
			default -> "!";
		};
	}

	private static void file(EvidenceFileFacts file, PrintWriter out) {
		out.println(file.path());
		FileType type = file.type();
		String name = (type.extensionType() == null) ? ""
				: "  (name says " + type.extensionType() + ": " + type.extension() + ")";
		line(out, "type", type.contentType() + " [" + type.family().name().toLowerCase(Locale.ROOT) + "]" + name);
		line(out, "size", String.format(Locale.ROOT, "%,d bytes", file.size()));
		line(out, "sha256", file.sha256() + ((file.recordedSha256() == null) ? "" : "  recorded: " + file.hashCheck()));
		String metadata = metadata(file.metadata());
		if (!metadata.isEmpty()) {
			line(out, file.metadata().kind(), metadata);
		}
		for (Observation observation : file.observations()) {
			out.println("    " + marker(observation.weight()) + " " + observation.text());
		}
	}

	private static String marker(Observation.Weight weight) {
		return switch (weight) {
			case SUPPORTS -> "+";
			case DOUBT -> "!";
			case INFO -> "-";
		};
	}

	private static void line(PrintWriter out, String label, String value) {
		out.println(String.format(Locale.ROOT, "  %-9s %s", label, value));
	}

	static String metadata(FileMetadata metadata) {
		List<String> parts = new ArrayList<>();
		if (metadata instanceof ImageMetadata image) {
			add(parts, "size", (image.width() == null) ? null : image.width() + "x" + image.height());
			add(parts, "captured", (image.captureTime() == null) ? null
					: image.captureTime() + ((image.captureOffset() == null) ? "" : image.captureOffset()));
			add(parts, "written", image.modifiedTime());
			add(parts, "device", join(image.make(), image.model()));
			add(parts, "software", image.software());
		}
		else if (metadata instanceof AudioMetadata audio) {
			add(parts, "format", audio.container());
			add(parts, "duration", seconds(audio.durationSeconds()));
			add(parts, "encoder", audio.encoder());
		}
		else if (metadata instanceof VideoMetadata video) {
			add(parts, "container", video.container());
			add(parts, "duration", seconds(video.durationSeconds()));
			add(parts, "created", video.creationTime());
			add(parts, "encoder", video.encoder());
			add(parts, "frame", (video.width() == null) ? null : video.width() + "x" + video.height());
		}
		else if (metadata instanceof PdfMetadata pdf) {
			pdf(parts, pdf);
		}
		else if (metadata instanceof FileMetadata.Unreadable unreadable) {
			parts.add(unreadable.reason());
		}
		return String.join(", ", parts);
	}

	private static void pdf(List<String> parts, PdfMetadata pdf) {
		add(parts, "producer", pdf.producer());
		add(parts, "creator", pdf.creator());
		add(parts, "created", pdf.created());
		add(parts, "modified", pdf.modified());
		add(parts, "pages", pdf.pages());
		add(parts, "revisions", pdf.eofMarkers() + (pdf.linearized() ? " (linearized)" : ""));
		add(parts, "signatures", pdf.signatures());
		add(parts, "encrypted", pdf.encrypted() ? "yes" : null);
	}

	private static void add(List<String> parts, String label, Object value) {
		if (value != null) {
			parts.add(label + " " + value);
		}
	}

	private static String join(String make, String model) {
		if (make == null && model == null) {
			return null;
		}
		return ((make == null) ? "" : make + " ") + ((model == null) ? "" : model);
	}

	private static String seconds(Double seconds) {
		return (seconds == null) ? null : String.format(Locale.ROOT, "%.2f s", seconds);
	}

}
