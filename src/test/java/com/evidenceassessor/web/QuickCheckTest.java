package com.evidenceassessor.web;

import java.time.LocalDate;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.support.InputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuickCheckTest {

	@Test
	void theBlankFormIsAValidOneItemCaseWithEverythingElseUnknown() {
		CaseFile caseFile = QuickCheck.blank(LocalDate.of(2025, 6, 1)).toCaseFile();
		assertThat(caseFile.legalCase().lawDate()).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(caseFile.legalCase().items()).hasSize(1);
		EvidenceItem item = caseFile.legalCase().items().get(0);
		assertThat(item.kind()).isEqualTo(ItemKind.TEXT);
		assertThat(item.counterparty()).isEqualTo("opponent");
		assertThat(item.identity().wechatIdShown()).isNull();
		assertThat(item.dispute().authenticityDisputed()).isNull();
		assertThat(item.proves()).isEmpty();
	}

	@Test
	void yesAndNoBecomeTrueAndFalseAndAFactToProveIsLinked() {
		QuickCheck form = new QuickCheck("转账截图", "2025-06-01", "privateLending", null, "transfer", "private", "交付借款5万元",
				"moneyDelivered", "screenshot", "yes", "yes", null, "no", "lawyer", "ownAccountOwnDevice", "yes", "yes",
				null, null, "yes", null, null, "no", "yes", null, null, null, "yes", null, "bankRecord");
		EvidenceItem item = form.toCaseFile().legalCase().items().get(0);
		assertThat(item.kind()).isEqualTo(ItemKind.TRANSFER);
		assertThat(item.custody().originalDeviceKept()).isTrue();
		assertThat(item.custody().backedUp()).isTrue();
		assertThat(item.custody().notarized()).isFalse();
		assertThat(item.identity().realNameViaPayment()).isTrue();
		assertThat(item.completeness().wholeConversation()).isFalse();
		assertThat(item.completeness().selectiveExcerpt()).isTrue();
		assertThat(item.dispute().authenticityDisputed()).isTrue();
		assertThat(item.proves()).containsExactly("fact1");
		assertThat(item.outsideEvidence()).hasSize(1);
	}

	@Test
	void aSaleNamesWhoClaims() {
		QuickCheck form = new QuickCheck("送货单照片", "2025-06-01", "sale", "seller", "image", "private", "已交付货物",
				"goodsDelivered", "screenshot", null, null, null, null, null, "ownAccountOwnDevice", null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
		assertThat(form.toCaseFile().legalCase().claimant()).isEqualTo("seller");
	}

	@Test
	void anAnswerTheCaseFileCannotHoldIsRefusedWithItsFieldPath() {
		QuickCheck form = new QuickCheck(null, "2025-06-01", "privateLending", null, "text", null, null, null, null,
				"maybe", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
		assertThatThrownBy(form::toCaseFile).isInstanceOf(InputException.class)
			.hasMessageContaining("quick-check form")
			.hasMessageContaining("items[0].custody.originalDeviceKept");
		QuickCheck noDate = new QuickCheck(null, "", "privateLending", null, "text", null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
		assertThatThrownBy(noDate::toCaseFile).isInstanceOf(InputException.class).hasMessageContaining("lawDate");
	}

}
