package com.evidenceassessor.report;

import java.util.List;

import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.Opinion.Dimensions;
import com.evidenceassessor.assessment.Opinion.ItemOpinion;
import com.evidenceassessor.assessment.Opinion.Unknowns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the weakest link says of an item nothing weakens yet that is not strong: where to
 * look for more.
 */
class ChainWordsTest {

	private static ItemOpinion item(int score, Unknowns unknowns) {
		return new ItemOpinion("E2", "打卡记录", "image", score, Level.MEDIUM, false, new Dimensions(score, 100, 100, 100),
				List.of(), List.of(), null, null, null, unknowns, List.of());
	}

	@Test
	void anItemWithNoActionButOpenFactsThatCouldRaiseItSaysToAskFirst() {
		assertThat(ChainWords.nothingWeakens(item(60, new Unknowns(0, 75, List.of()))))
			.as("the open question can lift it: 'no action raises it' would mislead")
			.isEqualTo("littleSupportsAskFirst");
		assertThat(Labels.of("littleSupportsAskFirst", Lang.ZH)).contains("待核实的事实");
	}

	@Test
	void anItemWithNoActionAndNothingOpenThatCouldRaiseItSaysToAddOtherEvidence() {
		assertThat(ChainWords.nothingWeakens(item(60, new Unknowns(40, 60, List.of()))))
			.isEqualTo("littleSupportsNoAction");
		assertThat(ChainWords.nothingWeakens(item(60, null))).isEqualTo("littleSupportsNoAction");
	}

}
