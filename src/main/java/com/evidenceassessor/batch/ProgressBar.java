package com.evidenceassessor.batch;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.evidenceassessor.report.Lang;

/**
 * The progress line on standard error: a bar, done of total, the counts, the rate and the
 * time left. On a terminal it redraws one line five times a second; otherwise (a log
 * file, a CI job) it prints a line every ten seconds.
 */
final class ProgressBar implements AutoCloseable {

	private static final int WIDTH = 24;

	private final Progress progress;

	private final PrintStream err;

	private final boolean terminal;

	private final Lang lang;

	private final ScheduledExecutorService timer;

	private ProgressBar(Progress progress, PrintStream err, boolean terminal, Lang lang) {
		this.progress = progress;
		this.err = err;
		this.terminal = terminal;
		this.lang = lang;
		this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "progress-bar");
			thread.setDaemon(true);
			return thread;
		});
	}

	static ProgressBar start(Progress progress, PrintStream err, Lang lang) {
		boolean terminal = System.console() != null;
		ProgressBar bar = new ProgressBar(progress, err, terminal, lang);
		long period = terminal ? 200 : 10_000;
		bar.timer.scheduleAtFixedRate(bar::draw, period, period, TimeUnit.MILLISECONDS);
		return bar;
	}

	private void draw() {
		if (this.progress.total() < 0) {
			return;
		}
		String line = line();
		if (this.terminal) {
			this.err.print("\r" + line + "\u001B[K");
		}
		else {
			this.err.println(line);
		}
		this.err.flush();
	}

	String line() {
		long total = Math.max(this.progress.total(), 0);
		long done = this.progress.done();
		double fraction = (total > 0) ? Math.min(1.0, (double) done / total) : 1.0;
		int filled = (int) Math.round(fraction * WIDTH);
		String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
		double rate = this.progress.rate();
		String eta = (rate > 0 && done < total) ? duration((total - done) / rate) : "--";
		return String.format("[%s] %3.0f%%  %,d/%,d  %s %,d  %s %,d  %s %,d  %.1f %s  %s %s", bar, fraction * 100, done,
				total, this.lang.pick("完成", "done"), this.progress.assessed(), this.lang.pick("跳过", "skipped"),
				this.progress.skipped(), this.lang.pick("失败", "failed"), this.progress.failed(), rate,
				this.lang.pick("件/秒", "cases/s"), this.lang.pick("剩余", "ETA"), eta);
	}

	static String duration(double seconds) {
		long s = Math.round(seconds);
		if (s >= 3600) {
			return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
		}
		return (s >= 60) ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
		if (this.terminal) {
			draw();
			this.err.println();
		}
		this.err.flush();
	}

}
