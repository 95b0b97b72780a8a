package com.evidenceassessor.generate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseGeneratorTest {

	@TempDir
	Path dir;

	@Test
	void theSameSeedGivesTheSameCaseWhateverTheRunSize() {
		GeneratedCase first = CaseGenerator.withAllFiles(42).generate(17, null);
		GeneratedCase again = CaseGenerator.withAllFiles(42).generate(17, null);
		GeneratedCase otherSeed = CaseGenerator.withAllFiles(43).generate(17, null);
		assertThat(again.folder()).isEqualTo(first.folder());
		assertThat(again.files().keySet()).isEqualTo(first.files().keySet());
		first.files().forEach((path, bytes) -> assertThat(again.files().get(path)).as(path).isEqualTo(bytes));
		assertThat(otherSeed.files().get("case.yaml")).isNotEqualTo(first.files().get("case.yaml"));
	}

	@Test
	void everyGeneratedCaseIsAValidCaseFileAndTheSetCoversEveryKindAndCause() throws Exception {
		CaseGenerator generator = CaseGenerator.withAllFiles(7);
		Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
		Set<CauseOfAction> causes = EnumSet.noneOf(CauseOfAction.class);
		Set<String> ids = new HashSet<>();
		for (int n = 1; n <= 150; n++) {
			CaseFile caseFile = CaseFileReader.read(write(generator.generate(n, null)));
			ids.add(caseFile.legalCase().id());
			causes.add(caseFile.legalCase().causeOfAction());
			caseFile.legalCase().items().stream().map(EvidenceItem::kind).forEach(kinds::add);
			for (EvidenceItem item : caseFile.legalCase().items()) {
				item.files().forEach(f -> assertThat(caseFile.folder().resolve(f.path())).isRegularFile());
				boolean original = Boolean.TRUE.equals(item.custody().shownInCourt())
						|| Boolean.TRUE.equals(item.custody().notarized());
				assertThat(original && Boolean.TRUE.equals(item.payment().screenshotOnly()))
					.as("%s %s: shown on the device or notarised, yet held as a screenshot only", n, item.id())
					.isFalse();
			}
		}
		assertThat(ids).hasSize(150);
		assertThat(kinds).containsExactlyInAnyOrder(ItemKind.values());
		assertThat(causes).contains(CauseOfAction.PRIVATE_LENDING, CauseOfAction.SALE, CauseOfAction.LABOUR,
				CauseOfAction.BETROTHAL_GIFTS, CauseOfAction.DEFAMATION);
	}

	@Test
	void everyDeliberateDefectIsALocatedInputError() {
		CaseGenerator generator = CaseGenerator.withAllFiles(3);
		int n = 1;
		for (Corruption corruption : Corruption.values()) {
			Path folder = write(generator.generate(n++, corruption));
			assertThatThrownBy(() -> CaseFileReader.read(folder)).as(corruption.name())
				.isInstanceOf(InputException.class)
				.hasMessageContaining("case.yaml");
		}
	}

	@Test
	void billsAreWeChatPersonalReconciliationCsvExports() {
		CaseGenerator generator = CaseGenerator.withAllFiles(5);
		byte[] bill = null;
		for (int n = 1; n <= 200 && bill == null; n++) {
			for (Map.Entry<String, byte[]> file : generator.generate(n, null).files().entrySet()) {
				if (file.getKey().startsWith("bills/微信支付账单(") && file.getKey().endsWith(").csv")) {
					bill = file.getValue();
				}
			}
		}
		assertThat(bill).as("some case has a bill").isNotNull();
		assertThat(bill).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = List.of(new String(bill, StandardCharsets.UTF_8).substring(1).split("\r\n"));
		assertThat(lines.get(0)).startsWith("微信支付账单明细,");
		assertThat(lines.get(15)).startsWith("----------------------微信支付账单明细列表--------------------");
		assertThat(lines.get(16)).isEqualTo("交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注");
		assertThat(lines.get(17)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,.*,\u00A5\\d+\\.\\d\\d,.*\t,.*");
	}

	@Test
	void theCommandRefusesANonEmptyFolderAndWritesTheCasesItIsAskedFor() throws Exception {
		Path out = this.dir.resolve("gen");
		assertThat(com.evidenceassessor.cli.Main.run("generate", "--cases", "12", "--seed", "9", "--invalid", "3",
				"--out", out.toString()))
			.isZero();
		try (var folders = Files.list(out)) {
			assertThat(folders.count()).isEqualTo(12);
		}
		assertThat(Defects.choose(9, 12, 3)).hasSize(3);
		assertThat(com.evidenceassessor.cli.Main.run("generate", "--cases", "1", "--out", out.toString())).isEqualTo(2);
	}

	private Path write(GeneratedCase generated) {
		Path folder = this.dir.resolve(generated.folder());
		try {
			for (Map.Entry<String, byte[]> file : generated.files().entrySet()) {
				Path path = folder.resolve(file.getKey());
				Files.createDirectories(path.getParent());
				Files.write(path, file.getValue());
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return folder;
	}

}
