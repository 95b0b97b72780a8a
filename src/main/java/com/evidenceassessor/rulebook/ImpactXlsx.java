package com.evidenceassessor.rulebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.evidenceassessor.reliability.SafeCells;
import com.evidenceassessor.rulebook.ImpactReport.AdviceChange;
import com.evidenceassessor.rulebook.ImpactReport.Change;
import com.evidenceassessor.rulebook.ImpactReport.Skipped;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The impact report as a spreadsheet (streamed, so a large archive fits in little
 * memory): one row per change with an autofilter, and the cases that were skipped. Every
 * text cell that a spreadsheet program could read as a formula is neutralised with a
 * leading apostrophe.
 */
public final class ImpactXlsx {

	private static final List<String> HEADERS = List.of("案件 case", "案件文件 case file", "证据 item", "原等级 level before",
			"新等级 level after", "原得分 score before", "新得分 score after", "变化 change", "新触发规则 rules added",
			"不再触发规则 rules removed", "分值变化 points changed");

	private ImpactXlsx() {
	}

	public static byte[] write(ImpactReport report) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			changes(workbook.createSheet("impact"), report, bold);
			if (!report.advice().isEmpty()) {
				advice(workbook.createSheet("advice"), report.advice(), bold);
			}
			skipped(workbook.createSheet("skipped"), report.skipped(), bold);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void changes(Sheet sheet, ImpactReport report, CellStyle bold) {
		header(sheet, HEADERS, bold);
		int row = 1;
		for (Change change : report.changes()) {
			Row line = sheet.createRow(row++);
			where(line, change.caseId(), change.source(), change.itemId());
			text(line, 3, change.levelBefore());
			text(line, 4, change.levelAfter());
			line.createCell(5).setCellValue(change.scoreBefore());
			line.createCell(6).setCellValue(change.scoreAfter());
			line.createCell(7).setCellValue(change.delta());
			text(line, 8, String.join(", ", change.rulesAdded()));
			text(line, 9, String.join(", ", change.rulesRemoved()));
			text(line, 10, String.join(", ", change.pointsChanged()));
		}
		filtered(sheet, row, HEADERS.size());
	}

	private static void advice(Sheet sheet, List<AdviceChange> advice, CellStyle bold) {
		List<String> headers = List.of("案件 case", "案件文件 case file", "证据 item", "变化 what", "原内容 before", "新内容 after");
		header(sheet, headers, bold);
		int row = 1;
		for (AdviceChange change : advice) {
			Row line = sheet.createRow(row++);
			where(line, change.caseId(), change.source(), change.itemId());
			text(line, 3, change.what());
			text(line, 4, change.before());
			text(line, 5, change.after());
		}
		filtered(sheet, row, headers.size());
	}

	private static void skipped(Sheet sheet, List<Skipped> skipped, CellStyle bold) {
		header(sheet, List.of("案件文件 case file", "原因 problem"), bold);
		int row = 1;
		for (Skipped skip : skipped) {
			Row line = sheet.createRow(row++);
			text(line, 0, skip.source());
			text(line, 1, skip.problem());
		}
		filtered(sheet, row, 2);
	}

	private static void header(Sheet sheet, List<String> headers, CellStyle bold) {
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			text(header, i, headers.get(i)).setCellStyle(bold);
		}
	}

	/**
	 * The case, its file and the item (or the case as a whole) in the first three cells.
	 */
	private static void where(Row line, String caseId, String source, String itemId) {
		text(line, 0, caseId);
		text(line, 1, source);
		text(line, 2, (itemId != null) ? itemId : "(案件 case)");
	}

	/** Filters on every column, the header row frozen. */
	private static void filtered(Sheet sheet, int rows, int columns) {
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
		sheet.createFreezePane(0, 1);
	}

	private static Cell text(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(neutralised(value));
		return cell;
	}

	/**
	 * Text a spreadsheet program would read as a formula (it starts with = + - @, a tab
	 * or a carriage return) gets a leading apostrophe, so it stays text.
	 */
	static String neutralised(String value) {
		return SafeCells.text(value);
	}

}
