package com.evidenceassessor.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import com.evidenceassessor.batch.BatchTables.SkippedCase;
import com.evidenceassessor.batch.PhaseTimings.Phase;
import com.evidenceassessor.batch.SummaryRows.CaseRow;
import com.evidenceassessor.batch.SummaryRows.ItemRow;
import com.evidenceassessor.batch.SummaryWorkbook.SheetWriter;
import com.evidenceassessor.report.Lang;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The last step: the summary spreadsheet and the CSV files, from the rows every assessed
 * case left in the database (in the order of the case folders) and the skips. Each file
 * is written beside its final name and moved into place, so a crash here leaves the
 * previous files or none, and the restart writes them again.
 */
final class SummaryTasklet implements Tasklet {

	static final String WORKBOOK = "summary.xlsx";

	static final String CASES_CSV = "cases.csv";

	static final String ITEMS_CSV = "items.csv";

	static final String SKIPPED_CSV = "skipped.csv";

	private final BatchSettings settings;

	private final BatchTables tables;

	SummaryTasklet(BatchSettings settings, BatchTables tables) {
		this.settings = settings;
		this.tables = tables;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long start = PhaseTimings.now();
		long runId = chunkContext.getStepContext()
			.getStepExecution()
			.getJobExecution()
			.getJobInstance()
			.getInstanceId();
		Path out = this.settings.out();
		Files.createDirectories(out);
		Map<String, Path> temps = new LinkedHashMap<>();
		for (String name : new String[] { WORKBOOK, CASES_CSV, ITEMS_CSV, SKIPPED_CSV }) {
			temps.put(name, Files.createTempFile(out, ".partial-", ".tmp"));
		}
		try {
			write(runId, temps);
			for (Map.Entry<String, Path> temp : temps.entrySet()) {
				Files.move(temp.getValue(), out.resolve(temp.getKey()), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
		}
		finally {
			for (Path temp : temps.values()) {
				Files.deleteIfExists(temp);
			}
			this.settings.timings().add(Phase.SUMMARY, start);
		}
		return RepeatStatus.FINISHED;
	}

	private void write(long runId, Map<String, Path> temps) throws IOException {
		Lang lang = this.settings.lang();
		try (SummaryWorkbook workbook = new SummaryWorkbook(lang);
				SummaryCsv<CaseRow> casesCsv = new SummaryCsv<>(temps.get(CASES_CSV), SummaryColumns.CASES, lang);
				SummaryCsv<ItemRow> itemsCsv = new SummaryCsv<>(temps.get(ITEMS_CSV), SummaryColumns.ITEMS, lang);
				SummaryCsv<SkippedCase> skipsCsv = new SummaryCsv<>(temps.get(SKIPPED_CSV), SummaryColumns.SKIPS,
						lang)) {
			SheetWriter<CaseRow> cases = workbook.sheet("案件", "Cases", SummaryColumns.CASES);
			SheetWriter<ItemRow> items = workbook.sheet("证据", "Items", SummaryColumns.ITEMS);
			SheetWriter<SkippedCase> skips = workbook.sheet("跳过的案件", "Skipped cases", SummaryColumns.SKIPS);
			this.tables.eachCase(runId, json -> {
				SummaryRows rows = SummaryRows.fromJson(json);
				try {
					cases.add(rows.caseRow());
					casesCsv.add(rows.caseRow());
					for (ItemRow item : rows.itemRows()) {
						items.add(item);
						itemsCsv.add(item);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			for (SkippedCase skip : this.tables.skips(runId)) {
				skips.add(skip);
				skipsCsv.add(skip);
			}
			cases.finish();
			items.finish();
			skips.finish();
			workbook.save(temps.get(WORKBOOK));
		}
	}

}
