package com.evidenceassessor.bills;

import java.nio.charset.StandardCharsets;

import com.evidenceassessor.bills.read.ContentKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the first bytes of a file say it is: a program is named as one, not taken for
 * UTF-16 text because it holds many NUL bytes; UTF-16 text without a byte-order mark is
 * still recognised by where its NUL bytes fall.
 */
class ContentKindTest {

	@Test
	void aWindowsProgramIsAProgram() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[2] = (byte) 0x90;
		exe[4] = 3;
		exe[60] = (byte) 0x80;
		exe[128] = 'P';
		exe[129] = 'E';
		assertThat(of(exe)).isEqualTo(ContentKind.EXECUTABLE);
	}

	@Test
	void aLinuxProgramIsAProgram() {
		byte[] elf = new byte[256];
		elf[0] = 0x7F;
		elf[1] = 'E';
		elf[2] = 'L';
		elf[3] = 'F';
		elf[4] = 2;
		assertThat(of(elf)).isEqualTo(ContentKind.EXECUTABLE);
	}

	@Test
	void textThatHappensToStartWithMzIsText() {
		assertThat(of("MZ,交易时间,金额\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(ContentKind.TEXT);
	}

	@Test
	void utf16WithoutAByteOrderMarkIsUtf16() {
		assertThat(of("交易时间,amount,status\r\n2024-01-01,1.00,ok\r\n".getBytes(StandardCharsets.UTF_16LE)))
			.isEqualTo(ContentKind.UTF16_TEXT);
		assertThat(of("Transaction time,amount\r\n".getBytes(StandardCharsets.UTF_16BE)))
			.isEqualTo(ContentKind.UTF16_TEXT);
	}

	@Test
	void nulBytesScatteredEverywhereAreBinaryNotUtf16() {
		byte[] data = new byte[300];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) ((i % 3 == 0) ? 0x41 : 0);
		}
		assertThat(of(data)).isEqualTo(ContentKind.BINARY);
	}

	private static ContentKind of(byte[] bytes) {
		return ContentKind.of(bytes, bytes.length);
	}

}
