package com.evidenceassessor.facts;

/**
 * Whether the record is whole and unaltered (证据规定 Arts. 90(4), 93(4)(7); 互联网法院规定 Art.
 * 11(5)).
 *
 * @param wholeConversation the whole relevant conversation, continuous, with context
 * before and after
 * @param selectiveExcerpt only chosen messages were produced
 * @param timeGaps the record shows unexplained gaps in time
 * @param deletedOrRecalled messages were deleted or recalled
 * @param editingSigns signs of editing (fonts, alignment, layout, metadata)
 * @param fullTimestamps date and time are visible, not only hh:mm
 * @param contentClear text legible, audio audible, image and video viewable
 * @param opponentResponds the record holds the opponent's own reply on the matter
 * (agreeing, acknowledging, promising, refusing), not only the client's messages: a
 * party's own statements alone cannot ground a finding (证据规定 Art. 90(1))
 */
public record Completeness(Boolean wholeConversation, Boolean selectiveExcerpt, Boolean timeGaps,
		Boolean deletedOrRecalled, Boolean editingSigns, Boolean fullTimestamps, Boolean contentClear,
		Boolean opponentResponds) {

	static final Completeness UNKNOWN = new Completeness(null, null, null, null, null, null, null, null);

}
