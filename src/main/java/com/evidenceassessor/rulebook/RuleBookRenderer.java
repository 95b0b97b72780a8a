package com.evidenceassessor.rulebook;

import java.util.Locale;

import com.evidenceassessor.report.Templates;
import org.thymeleaf.context.Context;

/**
 * The rule book as one standalone HTML page (styles inline, no scripts). Everything that
 * comes from the rule files is escaped by Thymeleaf: a rule file is text a person typed.
 */
public final class RuleBookRenderer {

	private RuleBookRenderer() {
	}

	public static String render(RuleBook book) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("book", book);
		return Templates.ENGINE.process("rulebook/book", context);
	}

}
