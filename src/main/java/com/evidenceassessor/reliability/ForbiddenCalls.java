package com.evidenceassessor.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.evidenceassessor.rules.RuleProblem;

/**
 * Checks rule files before they are compiled: rules are code, and Drools compiles
 * consequences that exit the process, start programs, read files, open connections, use
 * reflection or start threads without a word. A rule file that does any of these, loops
 * inside a consequence (which no watchdog can stop) or nests brackets deeper than the
 * parser can take is refused with the file, the line and what is forbidden. Comments and
 * string literals are not code and are not checked.
 */
public final class ForbiddenCalls {

	/**
	 * The deepest bracket nesting accepted in a rule file; the rules need fewer than ten,
	 * and the DRL parser overflows its stack some way past a few hundred.
	 */
	public static final int MAX_NESTING = 64;

	private static final List<Forbidden> FORBIDDEN = List.of(
			new Forbidden(
					"\\bSystem\\s*\\.\\s*(exit|setProperty|getenv|load|loadLibrary|setOut|setErr|setIn|console)\\b",
					"a call that ends or changes the process (System.%s)"),
			new Forbidden("\\b(Runtime|ProcessBuilder|ProcessHandle|Process)\\b",
					"starting or controlling processes (%s)"),
			new Forbidden(
					"\\b(File|Files|Paths|Path|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile"
							+ "|FileChannel|FileSystems?|PrintWriter|Scanner)\\b",
					"file-system access (%s)"),
			new Forbidden("\\b(Socket|ServerSocket|DatagramSocket|URL|URI|URLConnection|HttpURLConnection|HttpClient"
					+ "|InetAddress|RestTemplate|WebClient)\\b", "network access (%s)"),
			new Forbidden("\\b(forName|getDeclaredMethods?|getDeclaredFields?|getDeclaredConstructors?|getMethods?"
					+ "|getFields?|getConstructors?|setAccessible|newInstance|invoke|getClassLoader|ClassLoader"
					+ "|MethodHandles?|getClass)\\b", "reflection (%s)"),
			new Forbidden("\\b(Thread|Executors?|ExecutorService|ForkJoinPool|CompletableFuture|Timer)\\b",
					"starting threads (%s)"),
			new Forbidden("\\bjava\\s*\\.\\s*(io|nio|net|lang\\s*\\.\\s*reflect|lang\\s*\\.\\s*invoke)\\b",
					"an import or name from java.%s"),
			new Forbidden("\\bjavax\\s*\\.\\s*(script|naming|management)\\b", "an import or name from javax.%s"),
			new Forbidden("\\b(while|for|do)\\s*[({]",
					"a loop in a consequence (%s), which cannot be stopped once it runs"));

	private ForbiddenCalls() {
	}

	/**
	 * Every forbidden call or over-deep nesting in the rule files, located; empty if
	 * none.
	 * @param folder the rules folder the problems' file names are relative to
	 * @param drlFiles the rule files
	 */
	public static List<RuleProblem> check(Path folder, List<Path> drlFiles) {
		List<RuleProblem> problems = new ArrayList<>();
		for (Path file : drlFiles) {
			String name = folder.relativize(file).toString().replace('\\', '/');
			problems.addAll(check(name, read(file, name, problems)));
		}
		return problems;
	}

	/** The problems in one rule file's text. */
	public static List<RuleProblem> check(String name, String text) {
		if (text == null) {
			return List.of();
		}
		String code = CodeText.withoutCommentsAndStrings(text);
		List<RuleProblem> problems = new ArrayList<>();
		for (Forbidden forbidden : FORBIDDEN) {
			Matcher matcher = forbidden.pattern().matcher(code);
			while (matcher.find()) {
				String what = (matcher.groupCount() > 0 && matcher.group(1) != null) ? matcher.group(1)
						: matcher.group();
				problems.add(new RuleProblem(name, CodeText.lineAt(code, matcher.start()),
						"forbidden in a rule: " + String.format(forbidden.what(), what.replaceAll("\\s+", ""))
								+ "; a consequence only records a finding: findings.add(kcontext, $i)"));
			}
		}
		int deep = CodeText.offsetDeeperThan(code, MAX_NESTING);
		if (deep >= 0) {
			problems.add(new RuleProblem(name, CodeText.lineAt(code, deep),
					"brackets nested more than " + MAX_NESTING + " deep; simplify the condition"));
		}
		problems.sort(java.util.Comparator.comparingInt(RuleProblem::line));
		return problems;
	}

	private static String read(Path file, String name, List<RuleProblem> problems) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			problems.add(new RuleProblem(name, 0, "the rule file is not UTF-8 text; save it as UTF-8"));
			return null;
		}
		catch (IOException ex) {
			problems.add(new RuleProblem(name, 0, "cannot read the rule file: " + ex.getClass().getSimpleName()));
			return null;
		}
	}

	private record Forbidden(Pattern pattern, String what) {

		Forbidden(String regex, String what) {
			this(Pattern.compile(regex), what);
		}

	}

}
