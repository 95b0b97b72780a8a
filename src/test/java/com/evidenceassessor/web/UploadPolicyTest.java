package com.evidenceassessor.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.web.UploadPolicy.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadPolicyTest {

	@ParameterizedTest(name = "{0} is stored as {1}")
	@CsvSource(delimiter = '|', value = { "case.yaml|case.yaml", "../../etc/case.yaml|case.yaml",
			"C:\\Users\\律师\\Desktop\\case.json|case.json", "/tmp/../../case.yml|case.yml", ".hidden.yaml|hidden.yaml",
			"案件 (王芳).yaml|案件 (王芳).yaml", "a<b>c:d*e?.yaml|a_b_c_d_e_.yaml", "case.yaml.  |case.yaml" })
	void aCaseFileNameIsReducedToASafeFileName(String original, String safe) {
		assertThat(UploadPolicy.safeName(original, Part.CASE)).isEqualTo(safe);
	}

	@Test
	void controlAndInvisibleCharactersAreReplaced() {
		assertThat(UploadPolicy.safeName("bill\u0000\u202e.csv", Part.BILL)).isEqualTo("bill__.csv");
		assertThat(UploadPolicy.safeName("微信支付账单(20250301-20250331)——【解压密码可在微信支付公众号查看】.csv", Part.BILL))
			.isEqualTo("微信支付账单(20250301-20250331)——【解压密码可在微信支付公众号查看】.csv");
	}

	@Test
	void aLongNameIsShortenedKeepingItsExtension() {
		String name = UploadPolicy.safeName("录音".repeat(80) + ".amr", Part.EVIDENCE);
		assertThat(name).endsWith(".amr").hasSize(100);
	}

	@ParameterizedTest(name = "{0} as {1} is refused")
	@CsvSource({ "case.exe,CASE", "case.yaml.exe,CASE", "bill.xls,BILL", "voice.sh,EVIDENCE", "archive.zip,EVIDENCE",
			"noextension,EVIDENCE", "..,CASE", "'',CASE" })
	void aTypeThatIsNotAcceptedIsRefusedWithTheChoices(String name, Part part) {
		assertThatThrownBy(() -> UploadPolicy.safeName(name, part)).isInstanceOf(InputException.class)
			.satisfies(ex -> assertThat(ex.getMessage()).containsAnyOf("expected one of", "no usable name"));
	}

	@Test
	void anExecutableIsRefusedWhateverItsName() {
		byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0 };
		assertThatThrownBy(() -> check("photo.jpg", Part.EVIDENCE, elf)).isInstanceOf(InputException.class)
			.hasMessageContaining("photo.jpg")
			.hasMessageContaining("program");
		byte[] pe = new byte[128];
		pe[0] = 'M';
		pe[1] = 'Z';
		assertThatThrownBy(() -> check("voice.amr", Part.EVIDENCE, pe)).isInstanceOf(InputException.class);
	}

	@Test
	void contentThatPlainlyContradictsTheNameIsRefused() {
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> check("screenshot.png", Part.EVIDENCE, pdf)).isInstanceOf(InputException.class)
			.hasMessageContaining("application/pdf");
		assertThatCode(() -> check("proof.pdf", Part.BILL, pdf)).doesNotThrowAnyException();
	}

	@Test
	void contentThatFitsItsNameOrCannotBeToldIsAccepted() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatCode(() -> check("chat.png", Part.EVIDENCE, png)).doesNotThrowAnyException();
		assertThatCode(() -> check("bill.csv", Part.BILL, "交易时间,金额\n".getBytes(StandardCharsets.UTF_8)))
			.doesNotThrowAnyException();
		assertThatCode(
				() -> check("voice.silk", Part.EVIDENCE, "\u0002#!SILK_V3".getBytes(StandardCharsets.ISO_8859_1)))
			.doesNotThrowAnyException();
	}

	private static void check(String name, Part part, byte[] content) throws IOException {
		UploadPolicy.checkContent(name, part, new ByteArrayInputStream(content));
	}

}
