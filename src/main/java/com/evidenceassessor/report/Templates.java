package com.evidenceassessor.report;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The one template engine of the printable documents (the opinion report, the rule book):
 * HTML templates under {@code templates/} on the class path, cached.
 */
public final class Templates {

	/** The engine; thread-safe. */
	public static final TemplateEngine ENGINE = engine();

	private Templates() {
	}

	private static TemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		// compile the templates' SpEL expressions to bytecode (falls back to interpreting
		// any it cannot compile): about a third less time per report in the batch job
		engine.setEnableSpringELCompiler(true);
		return engine;
	}

}
