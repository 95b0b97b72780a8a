package com.evidenceassessor.bills;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.evidenceassessor.cli.ExitCodes;
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
			description = "the bill file (.csv, .xlsx or .pdf; detected by content)")
	Path file;

	@Option(names = "--format", defaultValue = "text", description = "text (default) or json")
	OutputFormat format;

	@Option(names = "--limit", defaultValue = "200",
			description = "rows shown in the text table (0 = all; JSON always has all rows)")
	int limit;

	@Override
	public Integer call() {
		BillStatement statement = BillReader.read(this.file);
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.format == OutputFormat.json) {
			out.println(BillJson.write(statement));
			out.flush();
		}
		else {
			BillTable.print(statement, out, this.limit);
		}
		return ExitCodes.OK;
	}

}
