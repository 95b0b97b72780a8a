package com.evidenceassessor.batch;

import java.io.PrintWriter;
import java.nio.file.Path;

import com.evidenceassessor.batch.BatchTables.SkippedCase;
import com.evidenceassessor.report.Lang;

/** The final summary a run prints: counts, the skips with their reasons, the outputs. */
final class BatchReport {

	private static final int SKIPS_SHOWN = 20;

	private BatchReport() {
	}

	static void print(RunOutcome outcome, Path out, Lang lang, PrintWriter w) {
		if (outcome.completed()) {
			w.println(lang.pick("批量评估完成", "Batch completed") + ": " + counts(outcome, lang));
		}
		else {
			w.println(lang.pick("批量评估未完成", "Batch stopped before the end") + " (" + outcome.status() + "): "
					+ counts(outcome, lang));
			w.println("  " + lang.pick("原因", "reason") + ": " + outcome.failure());
			w.println("  " + lang.pick("用同一命令重新运行即可从中断处继续，已完成的案件不会重复评估",
					"rerun the same command to resume where it stopped; finished cases are not assessed again"));
		}
		if (outcome.doneBefore() > 0) {
			w.println("  " + lang.pick("本次为续跑（第 " + outcome.attempt() + " 次尝试），此前已完成 " + outcome.doneBefore() + " 件",
					"resumed run (attempt " + outcome.attempt() + "): " + outcome.doneBefore()
							+ " cases were done before"));
		}
		if (!outcome.skips().isEmpty()) {
			w.println("  " + lang.pick("跳过", "skipped") + ": " + lang.pick("输入有误 ", "invalid input ")
					+ outcome.invalid() + ", " + lang.pick("评估失败 ", "assessment failed ") + outcome.failed());
			outcome.skips().stream().limit(SKIPS_SHOWN).forEach(s -> w.println("    " + line(s)));
			if (outcome.skips().size() > SKIPS_SHOWN) {
				w.println("    … " + lang.pick("其余见 skipped.csv 及汇总表“跳过的案件”",
						"the rest are in skipped.csv and the " + "\"Skipped cases\" sheet"));
			}
		}
		if (outcome.completed()) {
			w.println("  " + lang.pick("汇总表", "spreadsheet") + ": " + out.resolve(SummaryTasklet.WORKBOOK));
			w.println("  CSV: " + out.resolve(SummaryTasklet.CASES_CSV) + ", " + SummaryTasklet.ITEMS_CSV + ", "
					+ SummaryTasklet.SKIPPED_CSV);
			w.println("  " + lang.pick("每案意见与报告", "per-case opinions and reports") + ": " + out.resolve("cases") + "/<"
					+ lang.pick("案件文件夹", "case folder") + ">/");
		}
		double rate = (outcome.seconds() > 0) ? (outcome.read() - outcome.doneBefore()) / outcome.seconds() : 0;
		w.printf("  %s: %.1f s (%.1f %s)%n", lang.pick("用时", "time"), outcome.seconds(), rate,
				lang.pick("件/秒", "cases/s"));
		w.flush();
	}

	private static String counts(RunOutcome outcome, Lang lang) {
		return lang.pick(
				"读取 " + outcome.read() + " 个案件文件夹，评估 " + outcome.assessed() + " 件，跳过 " + outcome.skips().size() + " 件",
				outcome.read() + " case folders read, " + outcome.assessed() + " assessed, " + outcome.skips().size()
						+ " skipped");
	}

	private static String line(SkippedCase skip) {
		return skip.casePath() + " — " + skip.location() + ": " + skip.problem();
	}

}
