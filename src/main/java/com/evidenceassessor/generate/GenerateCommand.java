package com.evidenceassessor.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assessor generate}: writes synthetic case folders for tests, demos and
 * benchmarks.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write realistic synthetic case folders (fictitious people): loans by transfer, sales, "
				+ "overtime, bride price, defamation on Moments; every evidence kind, evidence files and WeChat Pay "
				+ "bills. The same seed gives the same cases.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the cases were written", "2:invalid arguments or the output folder is not empty" })
public final class GenerateCommand implements Callable<Integer> {

	@Option(names = "--cases", required = true, paramLabel = "<n>", description = "How many cases (1 to 1,000,000).")
	private int cases;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "<s>",
			description = "The seed (default: ${DEFAULT-VALUE}).")
	private long seed;

	@Option(names = "--out", required = true, paramLabel = "<dir>",
			description = "The folder to write into; created if missing, must be empty.")
	private Path out;

	@Option(names = "--invalid", defaultValue = "0", paramLabel = "<n>",
			description = "How many of the cases get a deliberate defect in case.yaml (a misspelt kind, a missing "
					+ "law date, a YAML syntax error, GBK instead of UTF-8, ...), to see how a batch sets them aside.")
	private int invalid;

	@Option(names = "--no-files", description = "Write case.yaml only: no evidence files, no bills.")
	private boolean noFiles;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		check();
		CaseGenerator generator = this.noFiles ? new CaseGenerator(this.seed, java.util.List.of())
				: CaseGenerator.withAllFiles(this.seed);
		Map<Integer, Corruption> defects = Defects.choose(this.seed, this.cases, this.invalid);
		IntStream.rangeClosed(1, this.cases).parallel().forEach(n -> write(generator.generate(n, defects.get(n))));
		PrintWriter err = this.spec.commandLine().getErr();
		err.printf("wrote %d cases (%d with a deliberate defect) to %s%n", this.cases, defects.size(), this.out);
		err.flush();
		return 0;
	}

	private void check() {
		if (this.cases < 1 || this.cases > 1_000_000) {
			throw new InputException(Location.file("--cases"), "found " + this.cases + "; expected 1 to 1000000");
		}
		if (this.invalid < 0 || this.invalid > this.cases) {
			throw new InputException(Location.file("--invalid"),
					"found " + this.invalid + "; expected 0 to the number of cases");
		}
		if (Files.isDirectory(this.out)) {
			try (Stream<Path> entries = Files.list(this.out)) {
				if (entries.findAny().isPresent()) {
					throw new InputException(Location.file(this.out.toString()),
							"the folder is not empty; expected a new or empty folder");
				}
			}
			catch (IOException ex) {
				throw new InputException(Location.file(this.out.toString()), "cannot read: " + ex.getMessage());
			}
		}
		else if (Files.exists(this.out)) {
			throw new InputException(Location.file(this.out.toString()), "is a file; expected a folder");
		}
	}

	private void write(GeneratedCase generated) {
		Path folder = this.out.resolve(generated.folder());
		try {
			for (Map.Entry<String, byte[]> file : generated.files().entrySet()) {
				Path path = folder.resolve(file.getKey());
				Files.createDirectories(path.getParent());
				Files.write(path, file.getValue());
			}
		}
		catch (IOException ex) {
			throw new InputException(Location.file(folder.toString()), "cannot write: " + ex.getMessage());
		}
	}

}
