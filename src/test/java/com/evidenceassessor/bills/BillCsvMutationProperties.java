package com.evidenceassessor.bills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.evidenceassessor.bills.fixtures.AlipayCsvWriter;
import com.evidenceassessor.bills.fixtures.FakeLedger;
import com.evidenceassessor.bills.fixtures.WeChatCsvWriter;
import com.evidenceassessor.support.InputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated CSV bills (bytes flipped, cut, CSV metacharacters inserted, lines dropped or
 * duplicated) either read or fail with an InputException — never anything else.
 */
class BillCsvMutationProperties {

	private static Path dir;

	private static byte[] weChat;

	private static byte[] alipay;

	@BeforeContainer
	static void fixtures() throws IOException {
		dir = Files.createTempDirectory("bill-mutations");
		FakeLedger ledger = FakeLedger.generate(42, 25);
		weChat = Files.readAllBytes(WeChatCsvWriter.write(dir.resolve("w1.csv"), ledger, false));
		alipay = Files.readAllBytes(AlipayCsvWriter.writeA2(dir.resolve("a2.csv"), ledger, true));
	}

	@AfterContainer
	static void cleanUp() throws IOException {
		try (var files = Files.walk(dir)) {
			files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
		}
	}

	@Property(tries = 300)
	void mutatedCsvOnlyEverFailsWithInputException(@ForAll("mutations") List<Mutation> mutations,
			@ForAll boolean useAlipay) throws IOException {
		byte[] bytes = useAlipay ? alipay : weChat;
		for (Mutation mutation : mutations) {
			bytes = mutation.apply(bytes);
		}
		Path file = Files.write(dir.resolve("mutated.csv"), bytes);
		try {
			BillStatement statement = BillReader.read(file);
			assertThat(statement.countedCount()).isEqualTo(statement.transactions().size());
		}
		catch (InputException expected) {
			assertThat(expected.getMessage()).startsWith(file.toString());
		}
		catch (UncheckedIOException ex) {
			throw new AssertionError("I/O error leaked", ex);
		}
	}

	@Provide
	Arbitrary<List<Mutation>> mutations() {
		Arbitrary<Integer> position = Arbitraries.integers().between(0, 4000);
		Arbitrary<String> inserted = Arbitraries.of("\"", ",", "\t", "\r\n", "\n", "\"\"", "¥", "/", "，", "\uFEFF",
				"收入", "-", "9999999999999999999", "\u0000", "x".repeat(5000));
		Arbitrary<Mutation> insert = Combinators.combine(position, inserted).as(Mutation::insert);
		Arbitrary<Mutation> flip = Combinators.combine(position, Arbitraries.integers().between(1, 255))
			.as(Mutation::flip);
		Arbitrary<Mutation> cut = position.map(Mutation::cut);
		Arbitrary<Mutation> dropLine = Arbitraries.integers().between(0, 50).map(Mutation::dropLine);
		Arbitrary<Mutation> duplicateLine = Arbitraries.integers().between(0, 50).map(Mutation::duplicateLine);
		return Arbitraries.oneOf(insert, flip, cut, dropLine, duplicateLine).list().ofMinSize(1).ofMaxSize(4);
	}

	/** One change to a file's bytes. */
	interface Mutation {

		byte[] apply(byte[] bytes);

		static Mutation insert(int at, String text) {
			return bytes -> {
				int p = Math.min(at, bytes.length);
				byte[] add = text.getBytes(StandardCharsets.UTF_8);
				byte[] out = new byte[bytes.length + add.length];
				System.arraycopy(bytes, 0, out, 0, p);
				System.arraycopy(add, 0, out, p, add.length);
				System.arraycopy(bytes, p, out, p + add.length, bytes.length - p);
				return out;
			};
		}

		static Mutation flip(int at, int mask) {
			return bytes -> {
				byte[] out = bytes.clone();
				if (out.length > 0) {
					out[at % out.length] ^= (byte) mask;
				}
				return out;
			};
		}

		static Mutation cut(int at) {
			return bytes -> Arrays.copyOf(bytes, Math.min(at, bytes.length));
		}

		static Mutation dropLine(int line) {
			return bytes -> lines(bytes, line, false);
		}

		static Mutation duplicateLine(int line) {
			return bytes -> lines(bytes, line, true);
		}

		private static byte[] lines(byte[] bytes, int line, boolean duplicate) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			List<String> lines = new java.util.ArrayList<>(Arrays.asList(text.split("\n", -1)));
			if (line < lines.size()) {
				if (duplicate) {
					lines.add(line, lines.get(line));
				}
				else {
					lines.remove(line);
				}
			}
			return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
		}

	}

}
