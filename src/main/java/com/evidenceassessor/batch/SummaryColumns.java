package com.evidenceassessor.batch;

import java.util.List;
import java.util.function.Function;

import com.evidenceassessor.batch.BatchTables.SkippedCase;
import com.evidenceassessor.batch.SummaryRows.CaseRow;
import com.evidenceassessor.batch.SummaryRows.ItemRow;
import com.evidenceassessor.report.Lang;

/**
 * The columns of the summary: the same for the spreadsheet's sheets and the CSV files. A
 * value is a String, an Integer, a Boolean or a Level (coloured in the spreadsheet).
 */
final class SummaryColumns {

	/**
	 * One column.
	 *
	 * @param zh the Chinese header
	 * @param en the English header
	 * @param width the spreadsheet width in characters
	 * @param value the cell's value for a row
	 * @param <T> the row type
	 */
	record Column<T>(String zh, String en, int width, Function<T, Object> value) {

		String header(Lang lang) {
			return lang.pick(this.zh, this.en);
		}

	}

	static final List<Column<CaseRow>> CASES = List.of(col("案件文件夹", "Case folder", 26, CaseRow::folder),
			col("案件编号", "Case id", 20, CaseRow::caseId), col("案件名称", "Title", 40, CaseRow::title),
			col("案由", "Cause of action", 16, r -> Words.cause(r.cause())),
			col("适用法律日期", "Law date", 12, CaseRow::lawDate), col("得分", "Score", 8, CaseRow::score),
			col("风险等级", "Level", 12, CaseRow::level), col("证据数", "Items", 8, CaseRow::items),
			col("低风险", "Low", 8, CaseRow::low), col("中风险", "Medium", 8, CaseRow::medium),
			col("高风险", "High", 8, CaseRow::high), col("应排除", "Excluded", 8, CaseRow::excluded),
			col("需补强", "Need corroboration", 10, CaseRow::needsCorroboration),
			col("最薄弱的待证事实", "Weakest fact to prove", 40, CaseRow::weakestFact),
			col("证据链", "Evidence chain", 30, CaseRow::chain),
			col("案件组合方案（可达得分）", "Case plan (score after)", 60, CaseRow::casePlan),
			col("意见编号", "Opinion id", 18, CaseRow::opinionId), col("报告", "Report", 36, CaseRow::report));

	static final List<Column<ItemRow>> ITEMS = List.of(col("案件文件夹", "Case folder", 26, ItemRow::folder),
			col("案件编号", "Case id", 20, ItemRow::caseId), col("证据编号", "Item", 8, ItemRow::itemId),
			col("证据名称", "Title", 40, ItemRow::title), col("类型", "Kind", 12, r -> Words.kind(r.kind())),
			col("得分", "Score", 8, ItemRow::score), col("风险等级", "Level", 12, ItemRow::level),
			col("真实性", "Authenticity", 10, ItemRow::authenticity), col("合法性", "Legality", 10, ItemRow::legality),
			col("关联性", "Relevance", 10, ItemRow::relevance), col("单独定案", "Standing alone", 10, ItemRow::sufficiency),
			col("需补强", "Needs corroboration", 10, ItemRow::needsCorroboration),
			col("主要问题", "Main concern", 50, ItemRow::mainConcern),
			col("首选补强措施（补强后得分）", "Best remedy (score after)", 50, ItemRow::bestRemedy));

	static final List<Column<SkippedCase>> SKIPS = List.of(col("案件文件夹", "Case folder", 26, SkippedCase::casePath),
			col("类别", "Kind", 14, s -> kindLabel(s.kind())), col("文件", "File", 36, SkippedCase::file),
			col("行", "Line", 6, s -> (s.line() > 0) ? s.line() : null),
			col("列", "Column", 6, s -> (s.column() > 0) ? s.column() : null),
			col("字段", "Field", 24, SkippedCase::field), col("问题", "Problem", 80, SkippedCase::problem));

	private SummaryColumns() {
	}

	private static <T> Column<T> col(String zh, String en, int width, Function<T, Object> value) {
		return new Column<>(zh, en, width, value);
	}

	private static Object kindLabel(SkipKind kind) {
		return (kind == SkipKind.FAILED) ? new Bilingual("评估失败", "assessment failed")
				: new Bilingual("输入有误", "invalid input");
	}

	/** A value with a Chinese and an English form. */
	record Bilingual(String zh, String en) {

		String in(Lang lang) {
			return lang.pick(this.zh, this.en);
		}

	}

}
