package com.evidenceassessor.cli;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.evidenceassessor.rules.RulesException;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.web.WebServer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assessor serve}: the web pages and the REST API, on this machine only unless
 * told otherwise. Returns when the server is stopped (Ctrl+C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Start the web server: pages for lawyers and the REST API under /api/v1 (docs/web.md).",
				"Listens on 127.0.0.1:8080 unless --bind/--port say otherwise. Ready once the rules are compiled." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the server was stopped", "2:the configuration is invalid (the message says where)",
				"3:the rules do not compile", "70:internal error" })
final class ServeCommand implements Callable<Integer> {

	@Option(names = "--port", paramLabel = "<port>", description = "The port (default 8080; 0 picks a free one).")
	private Integer port;

	@Option(names = "--bind", paramLabel = "<address>",
			description = "The address to listen on (default 127.0.0.1: this machine only). "
					+ "Another address exposes confidential case data: put TLS in front.")
	private String bind;

	@Mixin
	private RulesOption rules;

	@Mixin
	private DataOption data;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws InterruptedException {
		if (this.port != null && (this.port < 0 || this.port > 65535)) {
			throw new CommandFailure(ExitCodes.INVALID_INPUT, "--port " + this.port + " is not a port (0–65535)");
		}
		ConfigurableApplicationContext server = start();
		CountDownLatch stopped = new CountDownLatch(1);
		server.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				stopped.countDown();
			}
		});
		announce(server);
		stopped.await();
		return ExitCodes.OK;
	}

	private ConfigurableApplicationContext start() {
		try {
			return WebServer
				.start(new WebServer.Settings(this.bind, this.port, this.rules.folder(), this.data.folder()));
		}
		catch (RuntimeException ex) {
			throw failure(ex);
		}
	}

	private void announce(ConfigurableApplicationContext server) {
		String address = server.getEnvironment().getProperty("server.address", "127.0.0.1");
		String port = server.getEnvironment().getProperty("local.server.port");
		String host = address.contains(":") ? "[" + address + "]" : address;
		var out = this.spec.commandLine().getOut();
		out.println("assessor: serving http://" + host + ":" + port + "/  (API: /api/v1, OpenAPI: /v3/api-docs, "
				+ "Swagger UI: /swagger-ui.html; Ctrl+C stops)");
		if (!isLoopback(address)) {
			out.println("assessor: warning: listening on " + address + ", not only on this machine; "
					+ "case data is confidential: put TLS (a reverse proxy) in front");
		}
		out.flush();
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** One clear line for what stopped the server from starting. */
	static CommandFailure failure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RulesException rules) {
				return new CommandFailure(ExitCodes.RULES_BROKEN, "the server did not start: " + rules.getMessage());
			}
			if (cause instanceof InputException input) {
				return new CommandFailure(ExitCodes.INVALID_INPUT, input.getMessage());
			}
			if (cause instanceof PortInUseException inUse) {
				return new CommandFailure(ExitCodes.INVALID_INPUT,
						"port " + inUse.getPort() + " is already in use; stop what uses it or choose --port");
			}
			if (cause instanceof BindException bind) {
				return new CommandFailure(ExitCodes.INVALID_INPUT,
						"cannot listen there (" + bind.getMessage() + "); check --bind and --port");
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return new CommandFailure(ExitCodes.INTERNAL_ERROR,
				"the server did not start: " + root.getClass().getSimpleName() + ": " + root.getMessage());
	}

}
