package com.evidenceassessor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import picocli.CommandLine.Option;

/**
 * The {@code --out} option: write to a file instead of standard output. The file is
 * written to a temporary file beside it and moved into place, so it is either whole or
 * not there.
 */
public final class OutputOption {

	@Option(names = { "-o", "--out" }, paramLabel = "<file>",
			description = "Write to this file instead of the terminal.")
	private Path file;

	/** Writes what the writer produces to the file, or to {@code terminal}. */
	public void write(PrintWriter terminal, Consumer<PrintWriter> writer) {
		if (this.file == null) {
			writer.accept(terminal);
			terminal.flush();
			return;
		}
		StringWriter text = new StringWriter();
		try (PrintWriter buffer = new PrintWriter(text)) {
			writer.accept(buffer);
		}
		writeAtomically(this.file, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The file asked for, or {@code null} for the terminal. */
	public Path file() {
		return this.file;
	}

	/** Writes bytes to a file whole or not at all. */
	public static void writeAtomically(Path target, byte[] bytes) {
		try {
			Path folder = target.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			Path temp = Files.createTempFile(folder, ".partial-", ".tmp");
			try (OutputStream out = Files.newOutputStream(temp)) {
				out.write(bytes);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new InputException(Location.file(target.toString()), "cannot write the file: " + ex.getMessage());
		}
	}

}
