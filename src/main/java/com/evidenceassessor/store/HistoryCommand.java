package com.evidenceassessor.store;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import com.evidenceassessor.assessment.Assessor;
import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.cli.CommandFailure;
import com.evidenceassessor.cli.ExitCodes;
import com.evidenceassessor.cli.RulesOption;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assessor history <case id>}: the opinions stored for a case; with
 * {@code --reproduce <opinion id>}, one of them assessed again from its stored input.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
		description = "List the opinions stored for a case (time, rule set, input, mode, score, level), or reproduce "
				+ "one from its stored input with the current rules.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:listed, or reproduced and identical",
				"1:reproduced but different (the differences are listed)",
				"2:no such case or opinion, or the current rules are not the opinion's rules",
				"3:the rules do not compile", "4:the database cannot be opened" })
public final class HistoryCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Parameters(paramLabel = "<case id>", description = "The case's id (the id: in its case file).")
	private String caseId;

	@Option(names = "--reproduce", paramLabel = "<opinion id>",
			description = "Assess this stored opinion's input again with the current rules and say whether the "
					+ "opinion matches.")
	private String reproduce;

	@Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
	private Lang lang;

	@Mixin
	private DataOption data;

	@Mixin
	private RulesOption rules;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = open()) {
			OpinionStore store = context.getBean(OpinionStore.class);
			return (this.reproduce == null) ? list(store) : reproduce(store);
		}
	}

	private ConfigurableApplicationContext open() {
		try {
			return this.data.openStore();
		}
		catch (DatabaseUnavailableException ex) {
			throw new CommandFailure(ExitCodes.DATABASE_UNAVAILABLE, ex.getMessage());
		}
	}

	private int list(OpinionStore store) {
		List<StoredOpinion> opinions = store.history(this.caseId);
		if (opinions.isEmpty()) {
			throw notFound(store);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(this.lang.pick("案件 " + this.caseId + " 的历史评估意见（" + opinions.size() + " 份）",
				"Stored opinions for case " + this.caseId + " (" + opinions.size() + ")"));
		out.println(row(this.lang.pick("意见编号", "opinion id"), this.lang.pick("评估时间", "assessed at"),
				this.lang.pick("规则集", "rule set"), this.lang.pick("输入", "input"), this.lang.pick("模式", "mode"),
				this.lang.pick("得分", "score"), this.lang.pick("风险等级", "level")));
		for (StoredOpinion opinion : opinions) {
			out.println(row(opinion.opinionId(), TIME.format(opinion.assessedAt().atZone(ZoneId.systemDefault())),
					opinion.ruleSetHash().substring(0, 12), opinion.inputHash().substring(0, 12),
					opinion.mode().wireName(), String.valueOf(opinion.score()), levelName(opinion.level())));
		}
		out.println(this.lang.pick(
				"时间为本机时区；规则集与输入为 SHA-256 前 12 位。复现：assessor history " + this.caseId + " --reproduce <意见编号>",
				"Times in this machine's zone; rule set and input are the first 12 hex "
						+ "digits of SHA-256. Reproduce: assessor history " + this.caseId
						+ " --reproduce <opinion id>"));
		out.flush();
		return ExitCodes.OK;
	}

	private static String row(String id, String time, String rules, String input, String mode, String score,
			String level) {
		return TextColumns.pad(id, 18) + TextColumns.pad(time, 21) + TextColumns.pad(rules, 14)
				+ TextColumns.pad(input, 14) + TextColumns.pad(mode, 12) + TextColumns.pad(score, 6) + level;
	}

	private int reproduce(OpinionStore store) {
		StoredOpinion stored = store.find(this.reproduce)
			.filter(o -> o.caseId().equals(this.caseId))
			.orElseThrow(() -> new InputException(Location.file("--reproduce"),
					"no opinion '" + this.reproduce + "' is stored for case '" + this.caseId
							+ "'; run 'assessor history " + this.caseId + "' to list its opinions"));
		Reproduction.Result result;
		try {
			result = Reproduction.reproduce(stored, Assessor.of(this.rules.load()));
		}
		catch (RulesMismatchException ex) {
			throw new CommandFailure(ExitCodes.INVALID_INPUT, ex.getMessage());
		}
		PrintWriter out = this.spec.commandLine().getOut();
		if (!result.storedProgramVersion().equals(result.programVersion())) {
			out.println(this.lang.pick("注意：该意见由程序版本 ", "note: the opinion was made by program version ")
					+ result.storedProgramVersion() + this.lang.pick("作出，当前版本为 ", "; this is version ")
					+ result.programVersion());
		}
		if (result.matches()) {
			out.println(this.lang.pick("已复现：以当前规则重新评估存储的输入，所得意见与存储的意见一致",
					"reproduced: assessing the stored " + "input again with the current rules gives the stored opinion")
					+ " (" + stored.opinionId() + ", " + this.lang.pick("得分 ", "score ") + stored.score() + ", "
					+ levelName(stored.level()) + ")");
			out.flush();
			return ExitCodes.OK;
		}
		out.println(this.lang.pick("未能复现：重新评估的意见与存储的意见不同（存储 → 现在）：",
				"not reproduced: the opinion made now " + "differs from the stored one (stored → now):"));
		result.differences().forEach(d -> out.println("  " + d));
		out.flush();
		return ExitCodes.FAILED;
	}

	private InputException notFound(OpinionStore store) {
		List<String> similar = store.caseIdsLike(this.caseId, 5);
		String hint = similar.isEmpty() ? "" : "; stored case ids like it: " + String.join(", ", similar);
		return new InputException(Location.file(this.caseId), "no opinion is stored for this case id" + hint);
	}

	private String levelName(String level) {
		try {
			return com.evidenceassessor.report.Labels.of(Level.valueOf(level), this.lang);
		}
		catch (IllegalArgumentException ex) {
			return level;
		}
	}

}
