package com.evidenceassessor.facts;

/**
 * What a voice message needs to carry weight (practice checklist, cautions by kind (3);
 * legal notes §8.7; 证据规定 Art. 90(4)).
 *
 * @param originalAudioKept the original voice record (in WeChat's own format) is kept
 * @param coherent the content is objective, true and coherent, not cut from context
 * @param clear what it records is clear and accurate
 * @param positionsClear both parties state clear positions on the matter
 * @param transcript a transcript (translation, if in dialect) is provided
 * @param dialect the speaker uses a dialect
 */
public record VoiceDetails(Boolean originalAudioKept, Boolean coherent, Boolean clear, Boolean positionsClear,
		Boolean transcript, Boolean dialect) {

	static final VoiceDetails UNKNOWN = new VoiceDetails(null, null, null, null, null, null);

}
