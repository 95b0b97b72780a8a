package com.evidenceassessor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.evidenceassessor.api.ApiLoadClient;
import com.evidenceassessor.security.Secrets;
import com.evidenceassessor.web.WebServer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assessor bench-api <case file>}: latency of {@code POST /api/v1/assessments}
 * under concurrent clients. Starts its own server on a free port of 127.0.0.1 with a
 * throw-away data folder and user, unless {@code --url} names a running one.
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
		description = { "Measure the latency of POST /api/v1/assessments with concurrent clients (this machine only).",
				"Prints p50, p95, p99 and max latency and the throughput." })
final class WebBenchCommand implements Callable<Integer> {

	@Parameters(paramLabel = "<case file>", description = "The case file sent in every request (.yaml or .json).")
	private Path caseFile;

	@Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
	private int clients;

	@Option(names = "--requests", defaultValue = "2000",
			description = "Requests measured, in all (default ${DEFAULT-VALUE}; at most 100000).")
	private int requests;

	@Option(names = "--warmup", defaultValue = "500",
			description = "Requests sent first and not measured (default ${DEFAULT-VALUE}).")
	private int warmup;

	@Option(names = "--scores-only", description = "Ask for scores and reasons only (?scoresOnly=true).")
	private boolean scoresOnly;

	@Option(names = "--url", paramLabel = "<url>",
			description = "A running server's base URL on this machine, e.g. http://127.0.0.1:8080 (needs --token).")
	private URI url;

	@Option(names = "--token", paramLabel = "<token>", description = "An API token of a LAWYER user, with --url.")
	private String token;

	@Mixin
	private RulesOption rules;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (this.clients < 1 || this.clients > 256 || this.requests < 1 || this.requests > 100_000 || this.warmup < 0) {
			throw new CommandFailure(ExitCodes.INVALID_INPUT,
					"expected 1–256 clients, 1–100000 requests and a warm-up of 0 or more");
		}
		byte[] body = Files.readAllBytes(this.caseFile);
		String type = this.caseFile.toString().endsWith(".json") ? "application/json" : "application/yaml";
		if (this.url != null) {
			if (this.token == null) {
				throw new CommandFailure(ExitCodes.INVALID_INPUT,
						"--url needs --token (./assessor users token <name>)");
			}
			report(measure(this.url, this.token, body, type));
			return ExitCodes.OK;
		}
		Path data = Files.createTempDirectory("assessor-bench-");
		String benchToken = Secrets.randomToken();
		try (ConfigurableApplicationContext server = WebServer.start(
				new WebServer.Settings("127.0.0.1", 0, this.rules.folder(), data),
				"--logging.level.com.evidenceassessor=WARN", "--assessor.security.users[0].name=bench",
				"--assessor.security.users[0].password-hash=" + Secrets.bcrypt(Secrets.randomPassword()),
				"--assessor.security.users[0].roles=LAWYER",
				"--assessor.security.users[0].token-hashes=" + Secrets.sha256(benchToken))) {
			String port = server.getEnvironment().getProperty("local.server.port");
			report(measure(URI.create("http://127.0.0.1:" + port), benchToken, body, type));
		}
		finally {
			delete(data);
		}
		return ExitCodes.OK;
	}

	private ApiLoadClient.Result measure(URI base, String apiToken, byte[] body, String type)
			throws InterruptedException {
		URI endpoint = base.resolve("/api/v1/assessments" + (this.scoresOnly ? "?scoresOnly=true" : ""));
		return ApiLoadClient
			.run(new ApiLoadClient.Settings(endpoint, apiToken, body, type, this.clients, this.requests, this.warmup));
	}

	private void report(ApiLoadClient.Result result) {
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("POST /api/v1/assessments%s · %s · %d clients · %d requests (+%d warm-up)%n",
				this.scoresOnly ? "?scoresOnly=true" : "", this.caseFile, this.clients, result.requests(), this.warmup);
		out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(result.p50()), ms(result.p95()),
				ms(result.p99()), ms(result.max()));
		out.printf("throughput: %.0f requests/s over %.1f s; failures: %d%n", result.throughput(), result.seconds(),
				result.failures());
		if (result.firstFailure() != null) {
			out.println("first failure: " + result.firstFailure());
		}
		out.flush();
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

}
