package com.evidenceassessor.rules;

import java.nio.file.Path;
import java.util.List;

/** The rule files of a folder, for tests outside the package. */
public final class RuleFilesAccess {

	private RuleFilesAccess() {
	}

	public static List<Path> drl(Path folder) {
		return RuleFiles.drl(RuleFiles.all(folder));
	}

}
