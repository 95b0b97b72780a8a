package com.evidenceassessor.cli;

import java.nio.file.Path;

import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.rules.RuleSetLoader;
import com.evidenceassessor.rules.RulesException;
import picocli.CommandLine.Option;

/**
 * The {@code --rules} option every command that assesses shares: the rules folder, by
 * default {@code $ASSESSOR_RULES} or {@code ./rules}.
 */
public final class RulesOption {

	@Option(names = "--rules", paramLabel = "<folder>",
			description = "The rules folder (default: $ASSESSOR_RULES, else ./rules).")
	private Path folder;

	/** The rules folder to use. */
	public Path folder() {
		if (this.folder != null) {
			return this.folder;
		}
		String env = System.getenv("ASSESSOR_RULES");
		return Path.of((env != null && !env.isBlank()) ? env : "rules");
	}

	/**
	 * The compiled rules, or a command failure listing every problem with file and line.
	 */
	public RuleSet load() {
		try {
			return RuleSetLoader.load(folder());
		}
		catch (RulesException ex) {
			throw new CommandFailure(ExitCodes.RULES_BROKEN, ex.getMessage());
		}
	}

}
