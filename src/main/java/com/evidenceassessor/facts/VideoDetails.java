package com.evidenceassessor.facts;

/**
 * What decides a video's weight (practice checklist, cautions by kind (2)).
 *
 * @param origin self-recorded, forwarded or produced
 * @param editingTraces the video shows signs of editing
 * @param burnedToDisc the video was extracted and fixed by burning to disc
 * @param outsideWeChat the video was made and kept outside WeChat (recorded with the
 * phone's camera and kept on the device, never sent in a chat): the questions and actions
 * about the WeChat client, messages, screenshots and the counterparty's account do not
 * apply to it
 * @param recordingTimeShown the date and time of recording can be shown: in the picture
 * (a clock, a screen) or in the original file's details
 * @param placeIdentifiable the place can be recognised in the picture (the employer's
 * office, the delivery address)
 */
public record VideoDetails(VideoOrigin origin, Boolean editingTraces, Boolean burnedToDisc, Boolean outsideWeChat,
		Boolean recordingTimeShown, Boolean placeIdentifiable) {

	static final VideoDetails UNKNOWN = new VideoDetails(null, null, null, null, null, null);

}
