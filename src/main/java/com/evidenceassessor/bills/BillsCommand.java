package com.evidenceassessor.bills;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.evidenceassessor.bills.evidence.CaseBills;
import com.evidenceassessor.cli.ExitCodes;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assessor bills <file>}: shows what was read from a WeChat Pay or Alipay bill —
 * the detected format, holder, period, declared vs counted totals (and any mismatch), and
 * the rows — so a lawyer can check what the program understood.
 */
@Command(name = "bills", mixinStandardHelpOptions = true,
		description = { "Reads a WeChat Pay or Alipay bill export and shows what was understood.",
				"读取微信支付/支付宝账单（CSV、XLSX、交易明细证明 PDF），显示识别出的格式、持有人、期间、声明与逐行合计及交易明细。" })
public class BillsCommand implements Callable<Integer> {

	/** Output formats. */
	enum OutputFormat {

		text, json

	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE",
			description = "the bill file (.csv, .xlsx or .pdf; detected by content), or a folder of bills "
					+ "(e.g. a case's bills/)")
	Path file;

	@Option(names = "--format", defaultValue = "text", description = "text (default) or json")
	OutputFormat format;

	@Option(names = "--limit", defaultValue = "200",
			description = "rows shown in the text table (0 = all; JSON always has all rows)")
	int limit;

	@Override
	public Integer call() {
		List<BillStatement> statements = new ArrayList<>();
		for (Path bill : files()) {
			statements.add(BillReader.read(bill));
		}
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.format == OutputFormat.json) {
			out.println(Files.isDirectory(this.file) ? BillJson.write(statements) : BillJson.write(statements.get(0)));
			out.flush();
			return ExitCodes.OK;
		}
		for (int i = 0; i < statements.size(); i++) {
			if (i > 0) {
				out.println();
				out.println("─".repeat(60));
			}
			BillTable.print(statements.get(i), out, this.limit);
		}
		return ExitCodes.OK;
	}

	/**
	 * The file, or the bill files of a folder (hidden files and notes left out), sorted.
	 */
	private List<Path> files() {
		if (!Files.isDirectory(this.file)) {
			return List.of(this.file);
		}
		try (Stream<Path> entries = Files.list(this.file)) {
			List<Path> bills = entries.filter(Files::isRegularFile).filter(CaseBills::isBillFile).sorted().toList();
			if (bills.isEmpty()) {
				throw new InputException(Location.file(this.file.toString()),
						"a folder without bill files; expected .csv, .xlsx or .pdf bill exports in it");
			}
			return bills;
		}
		catch (IOException ex) {
			throw new InputException(Location.file(this.file.toString()), "cannot be listed (" + ex.getMessage() + ")",
					ex);
		}
	}

}
