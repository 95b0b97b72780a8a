package com.evidenceassessor.rulebook;

import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The rule book as one standalone HTML page (styles inline, no scripts). Everything that
 * comes from the rule files is escaped by Thymeleaf: a rule file is text a person typed.
 */
public final class RuleBookRenderer {

	private static final TemplateEngine ENGINE = engine();

	private RuleBookRenderer() {
	}

	public static String render(RuleBook book) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("book", book);
		return ENGINE.process("rulebook/book", context);
	}

	private static TemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		TemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
