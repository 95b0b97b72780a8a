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
 */
public record VideoDetails(VideoOrigin origin, Boolean editingTraces, Boolean burnedToDisc, Boolean outsideWeChat) {

	static final VideoDetails UNKNOWN = new VideoDetails(null, null, null, null);

}
