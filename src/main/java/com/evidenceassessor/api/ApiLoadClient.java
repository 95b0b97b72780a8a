package com.evidenceassessor.api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small load client for the assess endpoint: a fixed number of concurrent clients send
 * a bounded number of requests in all, each waiting for its answer before sending the
 * next; the latency of every request after the warm-up is recorded. Talks to this machine
 * only.
 */
public final class ApiLoadClient {

	private ApiLoadClient() {
	}

	public static Result run(Settings settings) throws InterruptedException {
		requireLoopback(settings.endpoint());
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		send(http, settings, settings.warmup(), null, new AtomicInteger(), new AtomicReference<>());
		long[] latencies = new long[settings.requests()];
		AtomicInteger failures = new AtomicInteger();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		long start = System.nanoTime();
		send(http, settings, settings.requests(), latencies, failures, firstFailure);
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(latencies);
		return new Result(settings.requests(), failures.get(), seconds, percentile(latencies, 50),
				percentile(latencies, 95), percentile(latencies, 99), latencies[latencies.length - 1],
				firstFailure.get());
	}

	private static void send(HttpClient http, Settings settings, int total, long[] latencies, AtomicInteger failures,
			AtomicReference<String> firstFailure) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < settings.clients(); c++) {
			running.add(clients.submit(() -> {
				for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
					long began = System.nanoTime();
					String failure = once(http, settings);
					if (latencies != null) {
						latencies[i] = System.nanoTime() - began;
					}
					if (failure != null) {
						failures.incrementAndGet();
						firstFailure.compareAndSet(null, failure);
					}
				}
			}));
		}
		clients.shutdown();
		for (Future<?> client : running) {
			try {
				client.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		}
	}

	private static String once(HttpClient http, Settings settings) {
		HttpRequest request = HttpRequest.newBuilder(settings.endpoint())
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", settings.contentType())
			.header("Authorization", "Bearer " + settings.token())
			.POST(HttpRequest.BodyPublishers.ofByteArray(settings.body()))
			.build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return (response.statusCode() == 201) ? null : "HTTP " + response.statusCode() + ": "
					+ new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private static long percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static void requireLoopback(URI endpoint) {
		try {
			if (!InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
				throw new IllegalArgumentException(
						endpoint.getHost() + " is not this machine; the load client talks to this machine only");
			}
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalArgumentException("unknown host " + endpoint.getHost());
		}
	}

	/**
	 * @param endpoint the assess endpoint, e.g.
	 * {@code http://127.0.0.1:8080/api/v1/assessments}
	 * @param token an API token of a user with the LAWYER role
	 * @param body the case file
	 * @param contentType application/json or application/yaml
	 * @param clients how many clients send at once
	 * @param requests how many requests are measured, in all
	 * @param warmup how many requests are sent first and not measured
	 */
	public record Settings(URI endpoint, String token, byte[] body, String contentType, int clients, int requests,
			int warmup) {

	}

	/**
	 * Latencies in nanoseconds.
	 *
	 * @param requests requests measured
	 * @param failures requests not answered 201
	 * @param seconds the measured run's wall time
	 * @param p50 median latency
	 * @param p95 95th percentile
	 * @param p99 99th percentile
	 * @param max slowest
	 * @param firstFailure what the first failure said, or {@code null}
	 */
	public record Result(int requests, int failures, double seconds, long p50, long p95, long p99, long max,
			String firstFailure) {

		public double throughput() {
			return this.requests / this.seconds;
		}

	}

}
