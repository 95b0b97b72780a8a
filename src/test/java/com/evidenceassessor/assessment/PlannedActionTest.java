package com.evidenceassessor.assessment;

import java.util.List;

import com.evidenceassessor.assessment.Opinion.PlannedAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case plan names an action once for all the items it is taken for in the same words:
 * what it takes for granted for any of them stays with it, whichever item named it first.
 */
class PlannedActionTest {

	private static PlannedAction showOnDevice(String item, List<String> assumes) {
		return new PlannedAction("showOnDevice", "当庭出示", "Show it", "low", null, null, null, false, null, null, assumes,
				null, List.of(item), null, null);
	}

	@Test
	void anActionForSeveralItemsKeepsWhatItTakesForGrantedForEach() {
		PlannedAction first = showOnDevice("E2", List.of("deviceKept"));
		PlannedAction merged = first.and(showOnDevice("E4", List.of("originalSupportsClaim", "deviceKept")));
		assertThat(merged.items()).containsExactly("E2", "E4");
		assertThat(merged.assumes()).as("E4's proviso is not lost to E2's")
			.containsExactly("deviceKept", "originalSupportsClaim");
		// each says which items it is for where not all need it (review round 40)
		assertThat(merged.assumedFor()).containsOnlyKeys("originalSupportsClaim");
		assertThat(merged.needing("originalSupportsClaim")).containsExactly("E4");
		assertThat(merged.needing("deviceKept")).containsExactly("E2", "E4");
		PlannedAction three = merged.and(showOnDevice("E5", List.of("originalSupportsClaim")));
		assertThat(three.needing("originalSupportsClaim")).containsExactly("E4", "E5");
		assertThat(three.needing("deviceKept")).containsExactly("E2", "E4");
	}

	@Test
	void anActionWordedDifferentlyForTwoItemsIsTwoStepsOfThePlan() {
		PlannedAction chat = showOnDevice("E3", List.of());
		PlannedAction appLog = new PlannedAction("showOnDevice", "当庭登录该应用出示原始记录", "Log in to the app in court", "low",
				null, null, null, false, null, null, List.of(), null, List.of("E2"), null, null);
		PlannedAction otherChat = showOnDevice("E4", List.of());
		List<PlannedAction> plan = OpinionBuilder.grouped(List.of(appLog, chat, otherChat));
		assertThat(plan).extracting(PlannedAction::action).containsExactly("当庭登录该应用出示原始记录", "当庭出示");
		assertThat(plan.get(1).items()).as("the chats worded alike are one step").containsExactly("E3", "E4");
	}

}
