package com.evidenceassessor.report;

import java.awt.Color;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.evidenceassessor.assessment.EvidenceChain;
import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.FactSupport;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.OpenQuestion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.assessment.Opinion.RemedyOption;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** Writes one opinion as a PDF; one instance per report. */
final class PdfOpinionWriter {

	static final Map<Level, Color> LEVEL_COLOURS = Map.of(Level.LOW, new Color(0x1b7f3b), Level.MEDIUM,
			new Color(0xb36b00), Level.HIGH, new Color(0xb3261e), Level.EXCLUDED, new Color(0x5f2a7a));

	private static final Color GREY = new Color(0x55, 0x55, 0x55);

	private static final Color HEADER_FILL = new Color(0xf0, 0xf0, 0xf0);

	private final BaseFont base;

	private final Lang lang;

	private final Font title;

	private final Font heading;

	private final Font body;

	private final Font bold;

	private final Font small;

	PdfOpinionWriter(BaseFont base, Lang lang) {
		this.base = base;
		this.lang = lang;
		this.title = new Font(base, 16, Font.BOLD);
		this.heading = new Font(base, 12.5f, Font.BOLD);
		this.body = new Font(base, 9.5f);
		this.bold = new Font(base, 9.5f, Font.BOLD);
		this.small = new Font(base, 8, Font.NORMAL, GREY);
	}

	void write(Opinion opinion, String reference, OutputStream out) {
		Document document = new Document(PageSize.A4, 48, 48, 54, 54);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new Footer(opinion.caseId()));
		document.addTitle(label("opinion") + " · " + opinion.caseId());
		document.addCreator("Evidence Assessor " + opinion.stamp().programVersion());
		document.open();
		header(document, opinion, reference);
		summary(document, opinion);
		for (ItemOpinion item : opinion.items()) {
			item(document, item, opinion.summary().score());
		}
		stamp(document, opinion);
		document.close();
	}

	private void header(Document document, Opinion opinion, String reference) {
		Paragraph heading = new Paragraph(label("opinion"), this.title);
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(4);
		document.add(heading);
		if (reference != null) {
			Paragraph line = new Paragraph(reference, this.small);
			line.setAlignment(Element.ALIGN_CENTER);
			document.add(line);
		}
		PdfPTable table = table(new float[] { 1.2f, 5 });
		table.setSpacingBefore(10);
		labelRow(table, label("case"), opinion.caseId() + ((opinion.title() != null) ? " — " + opinion.title() : ""));
		labelRow(table, label("lawDate"), String.valueOf(opinion.lawDate()));
		labelRow(table, label("regime"),
				opinion.stamp()
					.cited()
					.stream()
					.map(i -> i.dated() + (i.practice() ? label("practiceNotLaw") : ""))
					.collect(Collectors.joining("\n")));
		document.add(table);
	}

	private void summary(Document document, Opinion opinion) {
		Opinion.CaseSummary summary = opinion.summary();
		document.add(section(label("summary")));
		Paragraph score = new Paragraph();
		score.add(new Chunk(label("score") + " ", this.body));
		score.add(new Chunk(summary.score() + "/100  ", this.bold));
		score.add(badge(summary.level()));
		document.add(score);
		String caveat = ChainWords.caveat(opinion, this.lang);
		if (caveat != null) {
			document.add(new Paragraph("※ " + caveat, this.bold));
		}
		String timeLimit = this.lang.timeLimit(summary.timeLimit());
		if (timeLimit != null) {
			document.add(new Paragraph("※ " + timeLimit, this.bold));
		}
		StringBuilder counts = new StringBuilder();
		for (Level level : Level.values()) {
			counts.append(Labels.of(level, this.lang))
				.append(' ')
				.append(summary.itemsByLevel().get(level))
				.append("   ");
		}
		document.add(new Paragraph(counts.toString().trim(), this.body));
		itemTable(document, opinion);
		if (!summary.needsCorroboration().isEmpty()) {
			document.add(new Paragraph(
					"※ " + label("needsCorroborationFlag") + "：" + String.join(", ", summary.needsCorroboration()),
					this.bold));
		}
		if (!summary.refused().isEmpty()) {
			document.add(
					new Paragraph("※ " + label("refusedFlag") + "：" + String.join(", ", summary.refused()), this.bold));
		}
		if (!summary.setAside().isEmpty()) {
			document
				.add(new Paragraph("※ " + label("setAside") + "：" + String.join(", ", summary.setAside()), this.bold));
		}
		facts(document, summary.facts(), summary.chains());
		planLines(document, text -> text.chain(opinion));
		planLines(document, text -> text.casePlan(opinion));
		for (Reason reason : summary.reasons()) {
			document.add(new Paragraph("• " + text(reason) + " — " + reason.citation(), this.body));
		}
		caseQuestions(document, summary.unknowns());
	}

	/**
	 * A part of the plan as the terminal words it (the evidence chain, the case plan, an
	 * item's combined plan), one paragraph a line, indented as there.
	 */
	private void planLines(Document document, Consumer<PlanText> part) {
		StringWriter words = new StringWriter();
		try (PrintWriter out = new PrintWriter(words)) {
			part.accept(new PlanText(this.lang, out));
		}
		for (String line : words.toString().split("\\R")) {
			String text = line.stripLeading();
			if (text.isEmpty()) {
				continue;
			}
			Paragraph paragraph = new Paragraph(text.replace("⚠", "※"), this.body);
			paragraph.setIndentationLeft(5f * (line.length() - text.length()));
			document.add(paragraph);
		}
	}

	private void caseQuestions(Document document, Opinion.CaseUnknowns unknowns) {
		if (unknowns == null || unknowns.questions().isEmpty()) {
			return;
		}
		document.add(subsection(
				label("questions") + "：" + label("caseRange") + " " + unknowns.worst() + "–" + unknowns.best()));
		for (Opinion.CaseQuestion question : unknowns.questions()) {
			document.add(new Paragraph("? " + this.lang.pick(question.question(), question.questionEn()) + "  ["
					+ String.join(", ", question.items()) + "]（" + Labels.caseQuestionEffect(question, this.lang) + "）",
					this.body));
		}
	}

	private void facts(Document document, List<FactSupport> facts, List<EvidenceChain.FactChain> chains) {
		if (facts.isEmpty()) {
			return;
		}
		document.add(subsection(label("facts")));
		PdfPTable table = table(new float[] { 2, 4, 1.4f, 0.9f });
		headerRow(table, "ID", label("fact"), label("items"), label("bestScore"));
		for (FactSupport fact : facts) {
			String beyond = chains.stream()
				.filter(c -> c.fact().equals(fact.id()))
				.flatMap(c -> ChainWords.beyondItems(c, this.lang).stream())
				.map(note -> "\n" + note)
				.collect(Collectors.joining());
			cells(table, fact.id(), ((fact.description() != null) ? fact.description() : "") + beyond,
					fact.items().isEmpty() ? "—" : String.join(", ", fact.items()), String.valueOf(fact.bestScore()));
		}
		document.add(table);
	}

	private void itemTable(Document document, Opinion opinion) {
		PdfPTable table = table(new float[] { 3.6f, 1, 0.8f, 1.2f, 0.9f, 0.9f, 0.9f, 0.9f });
		table.setSpacingBefore(8);
		headerRow(table, label("item"), label("kind"), label("score"), label("level"), label("authenticity"),
				label("legality"), label("relevance"), label("sufficiency"));
		for (ItemOpinion item : opinion.items()) {
			table.addCell(cell(item.id() + ((item.title() != null) ? " " + item.title() : ""), this.body));
			table.addCell(cell(kind(item.kind()), this.body));
			table.addCell(cell(String.valueOf(item.score()), this.bold));
			table.addCell(levelCell(item.level()));
			Opinion.Dimensions d = item.dimensions();
			cells(table, String.valueOf(d.authenticity()), String.valueOf(d.legality()), String.valueOf(d.relevance()),
					String.valueOf(d.sufficiency()));
		}
		document.add(table);
	}

	private void item(Document document, ItemOpinion item, int caseScore) {
		document.add(section(label("item") + " " + item.id() + " · " + kind(item.kind())
				+ ((item.title() != null) ? " · " + item.title() : "")));
		Paragraph score = new Paragraph();
		score.add(new Chunk(label("score") + " ", this.body));
		score.add(new Chunk(item.score() + "/100  ", this.bold));
		score.add(badge(item.level()));
		document.add(score);
		if (item.needsCorroboration()) {
			document.add(new Paragraph("※ " + label("needsCorroborationFlag"), this.bold));
		}
		reasons(document, item);
		remedies(document, item, caseScore);
		planLines(document, text -> text.itemPlan(item));
		unknowns(document, item);
	}

	private void reasons(Document document, ItemOpinion item) {
		List<Reason> reasons = item.reasons();
		PdfPTable table = table(new float[] { 5.2f, 0.9f, 2.6f });
		table.setSpacingBefore(4);
		headerRow(table, label("reasons"), "±", label("basis"));
		for (Reason reason : reasons) {
			table.addCell(cell(text(reason), this.body));
			table.addCell(cell(Labels.points(reason, item, this.lang), this.body));
			table.addCell(cell(reason.citation(), this.small));
		}
		document.add(table);
		if (reasons.isEmpty()) {
			document.add(new Paragraph(label("noReasons"), this.small));
		}
	}

	private void remedies(Document document, ItemOpinion item, int caseScore) {
		List<RemedyOption> remedies = item.remedies();
		if (remedies.isEmpty() && item.plan() == null) {
			return;
		}
		document.add(subsection(label("remedies")));
		if (item.onlyTogether()) {
			document.add(new Paragraph(label("onlyTogether"), this.small));
		}
		int rank = 1;
		for (RemedyOption remedy : remedies) {
			Paragraph line = new Paragraph();
			line.setIndentationLeft(10);
			line.add(new Chunk(rank++ + ". " + this.lang.pick(remedy.action(), remedy.actionEn()), this.body));
			line.add(new Chunk("  → " + remedy.scoreAfter() + "（" + Labels.of(remedy.levelAfter(), this.lang) + "，+"
					+ remedy.gain() + "）", this.bold));
			line.add(new Chunk("  " + Labels.effortAndAssumption(remedy.effort(), remedy.assumes(), this.lang),
					this.small));
			String offeredBecause = Labels.offeredBecause(remedy, caseScore, this.lang);
			if (offeredBecause != null) {
				line.add(new Chunk("  " + offeredBecause, this.small));
			}
			if (remedy.deadline() != null) {
				line.add(new Chunk("  " + label("deadline") + "：" + this.lang.deadline(remedy), this.small));
			}
			if (remedy.basis() != null) {
				line.add(new Chunk("  " + label("basis") + "：" + remedy.basis(), this.small));
			}
			document.add(line);
		}
	}

	private void unknowns(Document document, ItemOpinion item) {
		if (item.unknowns() == null || item.unknowns().questions().isEmpty()) {
			return;
		}
		document.add(subsection(label("unknowns") + "：" + item.unknowns().worst() + "–" + item.unknowns().best()));
		for (OpenQuestion question : item.unknowns().questions()) {
			Paragraph line = new Paragraph("? " + this.lang.pick(question.question(), question.questionEn()) + "  （"
					+ Labels.questionEffect(question, this.lang) + "）", this.body);
			line.setIndentationLeft(10);
			document.add(line);
		}
	}

	private void stamp(Document document, Opinion opinion) {
		Paragraph stamp = new Paragraph(label("stamp") + "：rules " + opinion.stamp().ruleSetHash() + " · input "
				+ opinion.stamp().inputHash() + " · assessor " + opinion.stamp().programVersion(), this.small);
		stamp.setSpacingBefore(16);
		document.add(stamp);
		document.add(new Paragraph(Labels.disclaimer(opinion, this.lang), this.small));
	}

	private Paragraph section(String text) {
		Paragraph paragraph = new Paragraph(text, this.heading);
		paragraph.setSpacingBefore(14);
		paragraph.setSpacingAfter(4);
		paragraph.setKeepTogether(true);
		return paragraph;
	}

	private Paragraph subsection(String text) {
		Paragraph paragraph = new Paragraph(text, this.bold);
		paragraph.setSpacingBefore(6);
		paragraph.setSpacingAfter(2);
		return paragraph;
	}

	private Chunk badge(Level level) {
		Chunk chunk = new Chunk(" " + Labels.of(level, this.lang) + " ",
				new Font(this.base, 9.5f, Font.BOLD, Color.WHITE));
		chunk.setBackground(LEVEL_COLOURS.get(level), 1, 2, 1, 2);
		return chunk;
	}

	private PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSplitLate(false);
		return table;
	}

	private void headerRow(PdfPTable table, String... texts) {
		for (String text : texts) {
			PdfPCell cell = cell(text, this.bold);
			cell.setBackgroundColor(HEADER_FILL);
			table.addCell(cell);
		}
	}

	private void labelRow(PdfPTable table, String name, String value) {
		PdfPCell label = cell(name, this.bold);
		label.setBackgroundColor(HEADER_FILL);
		table.addCell(label);
		table.addCell(cell(value, this.body));
	}

	private void cells(PdfPTable table, String... texts) {
		for (String text : texts) {
			table.addCell(cell(text, this.body));
		}
	}

	private PdfPCell levelCell(Level level) {
		PdfPCell cell = cell(Labels.of(level, this.lang), new Font(this.base, 9.5f, Font.BOLD, Color.WHITE));
		cell.setBackgroundColor(LEVEL_COLOURS.get(level));
		return cell;
	}

	private PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(4);
		cell.setBorderColor(new Color(0xcc, 0xcc, 0xcc));
		return cell;
	}

	private String text(Reason reason) {
		return Labels.reasonText(reason, this.lang);
	}

	private String kind(String kind) {
		return Labels.of("kind." + kind, this.lang);
	}

	private String label(String key) {
		return Labels.of(key, this.lang);
	}

	/** Page number and case id at the foot of every page. */
	private final class Footer extends PdfPageEventHelper {

		private final String caseId;

		Footer(String caseId) {
			this.caseId = caseId;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			Rectangle page = document.getPageSize();
			String text = PdfOpinionWriter.this.lang.pick("第 " + writer.getPageNumber() + " 页",
					"Page " + writer.getPageNumber()) + " · " + this.caseId;
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(text, PdfOpinionWriter.this.small), (page.getLeft() + page.getRight()) / 2,
					page.getBottom() + 28, 0);
		}

	}

}
