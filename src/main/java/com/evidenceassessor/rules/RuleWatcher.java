package com.evidenceassessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a rules folder and its subfolders, and reports a change once the folder has
 * been quiet for a while (an editor saving several files, or writing one in steps, causes
 * one report). Only files that make up the rules or their tests count; editor swap files
 * do not.
 */
final class RuleWatcher implements AutoCloseable {

	private final WatchService watchService;

	private final Map<WatchKey, Path> folders = new HashMap<>();

	private final Duration quiet;

	private final Consumer<String> onChange;

	private final Thread thread;

	private volatile boolean running = true;

	private RuleWatcher(Path root, Duration quiet, Consumer<String> onChange) throws IOException {
		this.watchService = FileSystems.getDefault().newWatchService();
		this.quiet = quiet;
		this.onChange = onChange;
		registerTree(root);
		this.thread = new Thread(this::loop, "rules-watch");
		this.thread.setDaemon(true);
	}

	static RuleWatcher start(Path root, Duration quiet, Consumer<String> onChange) {
		try {
			RuleWatcher watcher = new RuleWatcher(root, quiet, onChange);
			watcher.thread.start();
			return watcher;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot watch " + root, ex);
		}
	}

	boolean running() {
		return this.running;
	}

	private void loop() {
		try {
			while (this.running) {
				String changed = drain(this.watchService.take());
				WatchKey more;
				while ((more = this.watchService.poll(this.quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
					String next = drain(more);
					changed = (changed != null) ? changed : next;
				}
				if (changed != null) {
					this.onChange.accept("file change: " + changed);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ClosedWatchServiceException ex) {
			// closed: stop watching
		}
		finally {
			this.running = false;
		}
	}

	/**
	 * The first relevant file the key reports, or {@code null}; registers new folders.
	 */
	private String drain(WatchKey key) {
		Path folder = this.folders.get(key);
		String changed = null;
		for (WatchEvent<?> event : key.pollEvents()) {
			if (folder == null || !(event.context() instanceof Path name)) {
				changed = (changed != null) ? changed : "(overflow)";
				continue;
			}
			Path path = folder.resolve(name);
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
				registerQuietly(path);
				changed = (changed != null) ? changed : path.toString();
			}
			else if (relevant(name.toString()) && changed == null) {
				changed = path.toString();
			}
		}
		if (!key.reset()) {
			this.folders.remove(key);
		}
		return changed;
	}

	private static boolean relevant(String name) {
		return !name.startsWith(".") && (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".xlsx"));
	}

	private void registerTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path folder : paths.filter(Files::isDirectory).toList()) {
				register(folder);
			}
		}
	}

	private void registerQuietly(Path folder) {
		try {
			registerTree(folder);
		}
		catch (IOException ex) {
			// a folder that vanished at once: nothing to watch
		}
	}

	private void register(Path folder) throws IOException {
		WatchKey key = folder.register(this.watchService, StandardWatchEventKinds.ENTRY_CREATE,
				StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
		this.folders.put(key, folder);
	}

	@Override
	public void close() {
		this.running = false;
		try {
			this.watchService.close();
		}
		catch (IOException ex) {
			// closing: nothing more to do
		}
		this.thread.interrupt();
	}

}
