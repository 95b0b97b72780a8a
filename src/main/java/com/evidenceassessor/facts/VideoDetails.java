package com.evidenceassessor.facts;

/**
 * What decides a video's weight (practice checklist, cautions by kind (2)).
 *
 * @param origin self-recorded, forwarded or produced
 * @param editingTraces the video shows signs of editing
 * @param burnedToDisc the video was extracted and fixed by burning to disc
 */
public record VideoDetails(VideoOrigin origin, Boolean editingTraces, Boolean burnedToDisc) {

	static final VideoDetails UNKNOWN = new VideoDetails(null, null, null);

}
