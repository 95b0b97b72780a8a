package com.evidenceassessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL files from a folder with the classic Drools build, which reports every
 * broken file in one pass with its line. Each build gets its own release id and is
 * removed from the Kie repository afterwards, so rebuilding in a running process does not
 * pile up old modules.
 */
final class DrlCompiler {

	private static final String RESOURCES = "src/main/resources/";

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

	private static final Pattern LINE = Pattern.compile("\\[\\s*\\d+\\s*,\\s*\\d+\\s*\\]|Line (\\d+):");

	private DrlCompiler() {
	}

	/** The compiled base, or the problems that stop it from compiling. */
	static KieBase compile(Path folder, List<Path> drlFiles, List<RuleProblem> problems) {
		KieServices services = KieServices.Factory.get();
		KieFileSystem kfs = services.newKieFileSystem();
		ReleaseId releaseId = services.newReleaseId("com.evidenceassessor.rules", "rules",
				"1.0.0-" + UUID.randomUUID());
		kfs.generateAndWritePomXML(releaseId);
		Map<String, String> sourceOf = new HashMap<>();
		for (Path file : drlFiles) {
			String text = read(file);
			String target = RESOURCES + packagePath(text) + "/" + file.getFileName();
			kfs.write(target, services.getResources().newFileSystemResource(file.toFile()));
			sourceOf.put(target, RuleFiles.relative(folder, file));
		}
		KieBuilder builder;
		try {
			builder = services.newKieBuilder(kfs).buildAll();
		}
		catch (StackOverflowError ex) {
			for (String file : sourceOf.values()) {
				problems.add(new RuleProblem(file, 0,
						"the rule parser ran out of stack: a condition is nested too deeply; simplify it"));
			}
			return null;
		}
		List<RuleProblem> errors = new ArrayList<>();
		for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
			String path = String.valueOf(message.getPath());
			String file = sourceOf.getOrDefault(path, sourceOf.getOrDefault(RESOURCES + path, path));
			errors.add(new RuleProblem(file, line(message), clean(message.getText())));
		}
		if (!errors.isEmpty()) {
			problems.addAll(errors);
			return null;
		}
		try {
			KieContainer container = services.newKieContainer(releaseId);
			return container.getKieBase();
		}
		finally {
			services.getRepository().removeKieModule(releaseId);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String packagePath(String drl) {
		Matcher matcher = PACKAGE.matcher(drl);
		return matcher.find() ? matcher.group(1).replace('.', '/') : "defaultpkg";
	}

	private static int line(Message message) {
		if (message.getLine() > 0) {
			return message.getLine();
		}
		Matcher matcher = LINE.matcher(message.getText());
		while (matcher.find()) {
			if (matcher.group(1) != null) {
				return Integer.parseInt(matcher.group(1));
			}
		}
		return 0;
	}

	private static String clean(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

}
